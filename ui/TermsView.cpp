#include "TermsView.h"

#include "DisplayDate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace lp::ui {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TermsView::TermsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("termsView"));
    m_termEnd = valueLabel(this, QStringLiteral("termEndChange"));
    m_allowance = valueLabel(this, QStringLiteral("allowanceChange"));
    m_cadence = valueLabel(this, QStringLiteral("cadenceChange"));
    m_quota = valueLabel(this, QStringLiteral("quotaChange"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(6);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->addRow(tr("Term ends:"), m_termEnd);
    m_form->addRow(tr("Devices:"), m_allowance);
    m_form->addRow(tr("Device refresh:"), m_cadence);
    m_form->addRow(tr("Scan quota:"), m_quota);
    clear();
}

QString TermsView::cadenceText(int months)
{
    return months == 12 ? tr("Once a year") : tr("Every %n month(s)", nullptr, months);
}

QString TermsView::quotaText(qint64 scans, std::optional<proto::QuotaPeriod> period)
{
    const QString count = QLocale().toString(scans);
    if (!period) {
        return tr("%1 scans per period").arg(count);
    }
    return *period == proto::QuotaPeriod::Monthly ? tr("%1 scans per month").arg(count)
                                                  : tr("%1 scans per year").arg(count);
}

void TermsView::setRow(QLabel* label, const QString& before, const QString& after)
{
    const bool visible = !before.isEmpty() || !after.isEmpty();
    m_form->setRowVisible(label, visible);
    if (!visible) {
        return;
    }
    if (before.isEmpty() || after.isEmpty()) {
        label->setText((after.isEmpty() ? before : after).toHtmlEscaped());
        label->setAccessibleName(after.isEmpty() ? before : after);
        return;
    }
    if (before == after) {
        //: A license term an order leaves as it is
        const QString text = tr("%1 (unchanged)").arg(before);
        label->setText(text.toHtmlEscaped());
        label->setAccessibleName(text);
        return;
    }
    label->setText(QStringLiteral("%1 &nbsp;&#x2192;&nbsp; <b>%2</b>")
                       .arg(before.toHtmlEscaped(), after.toHtmlEscaped()));
    //: Screen readers: a license term before and after the order
    label->setAccessibleName(tr("%1, becomes %2").arg(before, after));
}

void TermsView::setTerms(const proto::LicenseTerms& before, const proto::LicenseTerms& after)
{
    const QLocale locale;
    setRow(m_termEnd, before.termEnd.isValid() ? displayDate(before.termEnd) : QString(),
           after.termEnd.isValid() ? displayDate(after.termEnd) : QString());
    const auto count = [&locale](const std::optional<qint64>& value) {
        return value ? locale.toString(*value) : QString();
    };
    setRow(m_allowance, count(before.deviceAllowance), count(after.deviceAllowance));
    setRow(m_cadence, before.deviceRefreshMonths ? cadenceText(*before.deviceRefreshMonths) : QString(),
           after.deviceRefreshMonths ? cadenceText(*after.deviceRefreshMonths) : QString());
    setRow(m_quota, before.scanQuota ? quotaText(*before.scanQuota, before.quotaPeriod) : QString(),
           after.scanQuota ? quotaText(*after.scanQuota, after.quotaPeriod) : QString());
}

void TermsView::clear()
{
    for (QLabel* label : {m_termEnd, m_allowance, m_cadence, m_quota}) {
        label->clear();
        m_form->setRowVisible(label, false);
    }
}

} // namespace lp::ui
