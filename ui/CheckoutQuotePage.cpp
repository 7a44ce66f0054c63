#include "CheckoutQuotePage.h"

#include "CheckoutSession.h"
#include "CheckoutText.h"
#include "CheckoutWizard.h"
#include "DisplayDate.h"
#include "PaneWidgets.h"
#include "PortalPalette.h"
#include "TermsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
enum Column { ItemColumn, CoversColumn, ListPriceColumn, DiscountColumn, AmountColumn, ColumnCount };
}

CheckoutQuotePage::CheckoutQuotePage(CheckoutWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkoutQuotePage"));
    setTitle(tr("Quote"));
    setSubTitle(tr("The price of your order, from the license server."));

    m_busyBar = makeBusyBar(this, QStringLiteral("quoteBusyBar"), tr("Getting the price"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText); // server sentences are never markup
    m_statusLabel->setObjectName(QStringLiteral("quoteStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_retryButton = new QPushButton(tr("&Try Again"), this);
    m_retryButton->setObjectName(QStringLiteral("requoteButton"));
    m_retryButton->hide();
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_retryButton, 0, Qt::AlignTop);

    m_lines = new QTreeWidget(this);
    m_lines->setObjectName(QStringLiteral("quoteLinesView"));
    m_lines->setAccessibleName(tr("Quote lines"));
    m_lines->setColumnCount(ColumnCount);
    m_lines->setHeaderLabels({tr("Item"), tr("Covers"), tr("List price"), tr("Discount"), tr("Amount")});
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::TabFocus);
    m_lines->setAlternatingRowColors(true);
    m_lines->header()->setStretchLastSection(false);
    m_lines->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    for (int column = CoversColumn; column < ColumnCount; ++column) {
        m_lines->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_lines->headerItem()->setTextAlignment(column,
                                                column == CoversColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                       : Qt::AlignRight | Qt::AlignVCenter);
    }
    m_lines->setMinimumHeight(m_lines->fontMetrics().height() * 7);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("quoteTotalLabel"));
    m_totalLabel->setTextFormat(Qt::RichText);
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_totalLabel->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    m_totalLabel->setFont(totalFont);
    m_validLabel = new QLabel(this);
    m_validLabel->setObjectName(QStringLiteral("quoteValidLabel"));
    m_validLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* totalRow = new QHBoxLayout;
    totalRow->addWidget(m_validLabel, 1);
    totalRow->addWidget(m_totalLabel);

    m_termsTitle = new QLabel(tr("Your key after the order"), this);
    QFont bold = m_termsTitle->font();
    bold.setBold(true);
    m_termsTitle->setFont(bold);
    m_terms = new TermsView(this);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_busyBar);
    layout->addLayout(statusRow);
    layout->addWidget(m_lines, 1);
    layout->addLayout(totalRow);
    layout->addSpacing(8);
    layout->addWidget(m_termsTitle);
    layout->addWidget(m_terms);

    CheckoutSession* session = wizard->session();
    connect(session, &CheckoutSession::stateChanged, this, &CheckoutQuotePage::showQuote);
    connect(session, &CheckoutSession::quoteChanged, this, &CheckoutQuotePage::showQuote);
    connect(session, &CheckoutSession::problemChanged, this, &CheckoutQuotePage::showQuote);
    connect(m_retryButton, &QPushButton::clicked, session, &CheckoutSession::requote);
}

void CheckoutQuotePage::initializePage()
{
    showQuote();
}

bool CheckoutQuotePage::isComplete() const
{
    const CheckoutSession* session = m_wizard->session();
    return session->state() == CheckoutSession::State::Quoted && session->quote().has_value();
}

void CheckoutQuotePage::showQuote()
{
    const CheckoutSession* session = m_wizard->session();
    const auto& quote = session->quote();
    const bool quoting = session->state() == CheckoutSession::State::Quoting;
    const bool failed = session->state() == CheckoutSession::State::Failed && !quote;
    m_busyBar->setVisible(quoting);
    m_retryButton->setVisible(failed);

    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? errorColor(palette) : this->palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(palette);
    if (quoting) {
        m_statusLabel->setText(tr("Getting the price from the license server…"));
    } else if (failed) {
        m_statusLabel->setText(session->problem().message);
    } else {
        m_statusLabel->setText(
            tr("Prices are in %1, the currency of your account.").arg(quote ? quote->currency : QString()));
    }

    m_lines->clear();
    m_terms->clear();
    m_totalLabel->clear();
    m_validLabel->clear();
    m_termsTitle->setVisible(quote.has_value());
    if (quote) {
        const QLocale locale;
        const auto period = m_wizard->license().quotaPeriod;
        for (const proto::QuoteLine& line : quote->items) {
            auto* row = new QTreeWidgetItem(m_lines);
            row->setText(ItemColumn, CheckoutText::item(line.item, period, locale));
            //: The time a quote line covers: from – until
            row->setText(CoversColumn,
                         tr("%1 – %2").arg(displayDate(line.coversFrom), displayDate(line.coversUntil)));
            row->setText(ListPriceColumn, CheckoutText::money(line.listPrice, quote->currency, locale));
            row->setText(DiscountColumn,
                         line.discount != 0 ? CheckoutText::money(-line.discount, quote->currency, locale)
                                            : tr("—"));
            row->setText(AmountColumn, CheckoutText::money(line.amount, quote->currency, locale));
            for (int column = ListPriceColumn; column < ColumnCount; ++column) {
                row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        m_totalLabel->setText(
            tr("Total: <b>%1</b>").arg(CheckoutText::money(quote->total, quote->currency).toHtmlEscaped()));
        const QDateTime until = quote->expiresAt.toLocalTime();
        //: %1 a time, %2 a date
        m_validLabel->setText(
            tr("This price is valid until %1 on %2.")
                .arg(locale.toString(until.time(), QLocale::ShortFormat), displayDate(until)));
        m_terms->setTerms(quote->current, quote->result);
    }
    emit completeChanged();
}

} // namespace lp::ui
