#include "CardEntryWidget.h"

#include "Clock.h"
#include "PortalPalette.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
QLabel* hintLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    label->setPalette(palette);
    // The hint appears under its field without pushing the rest of the form around.
    QSizePolicy keepSpace = label->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    label->setSizePolicy(keepSpace);
    label->hide();
    return label;
}
// Puts a label's text on the line of its field's text, not in the middle of the field and the hint under it.
void alignWithField(QLabel* label, QWidget* field)
{
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const int offset = qMax(0, (field->sizeHint().height() - label->fontMetrics().height()) / 2);
    label->setContentsMargins(0, offset, 0, 0);
}
} // namespace

CardEntryWidget::CardEntryWidget(const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("cardEntry"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(QStringLiteral("cardNumberEdit"));
    m_numberEdit->setPlaceholderText(QStringLiteral("1234 5678 9012 3456"));
    m_numberEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_numberEdit->setAccessibleName(tr("Card number"));
    m_numberEdit->setFont(mono);
    m_numberEdit->setMaxLength(23); // 19 digits and their spaces
    m_brandLabel = new QLabel(this);
    m_brandLabel->setObjectName(QStringLiteral("cardBrandLabel"));
    m_brandLabel->setMinimumWidth(
        m_brandLabel->fontMetrics().horizontalAdvance(QStringLiteral("American Express")) + 8);
    m_brandLabel->setForegroundRole(QPalette::PlaceholderText);

    m_expiryEdit = new QLineEdit(this);
    m_expiryEdit->setObjectName(QStringLiteral("cardExpiryEdit"));
    //: The placeholder of the card's expiry field: month and two-digit year
    m_expiryEdit->setPlaceholderText(tr("MM/YY"));
    m_expiryEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_expiryEdit->setAccessibleName(tr("Expiry date, month and year"));
    m_expiryEdit->setMaxLength(5);
    m_expiryEdit->setFont(mono);

    m_cvcEdit = new QLineEdit(this);
    m_cvcEdit->setObjectName(QStringLiteral("cardCvcEdit"));
    m_cvcEdit->setEchoMode(QLineEdit::Password);
    m_cvcEdit->setMaxLength(4);
    m_cvcEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_cvcEdit));
    m_cvcEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_cvcEdit->setAccessibleName(tr("Security code"));
    m_cvcEdit->setToolTip(tr("The 3 digits on the back of the card (4 on the front for American Express)"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("cardNameEdit"));
    m_nameEdit->setPlaceholderText(tr("As printed on the card"));
    m_nameEdit->setAccessibleName(tr("Name on the card"));
    m_nameEdit->setMaxLength(128);

    m_numberHint = hintLabel(this, QStringLiteral("cardNumberHint"));
    m_expiryHint = hintLabel(this, QStringLiteral("cardExpiryHint"));
    m_cvcHint = hintLabel(this, QStringLiteral("cardCvcHint"));
    m_nameHint = hintLabel(this, QStringLiteral("cardNameHint"));

    // A form: each field with its hint right under it; expiry and security code share a row, as on the card.
    const auto stacked = [this](QLayout* field, QLabel* hint) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addLayout(field);
        column->addWidget(hint);
        return column;
    };
    auto* numberRow = new QHBoxLayout;
    numberRow->setSpacing(10);
    numberRow->addWidget(m_numberEdit, 1);
    numberRow->addWidget(m_brandLabel);
    auto* expiryColumn = new QVBoxLayout;
    expiryColumn->setSpacing(2);
    expiryColumn->addWidget(m_expiryEdit);
    expiryColumn->addWidget(m_expiryHint);
    auto* cvcLabel = new QLabel(tr("Security &code:"), this);
    cvcLabel->setBuddy(m_cvcEdit);
    auto* cvcColumn = new QVBoxLayout;
    cvcColumn->setSpacing(2);
    cvcColumn->addWidget(m_cvcEdit);
    cvcColumn->addWidget(m_cvcHint);
    auto* expiryRow = new QHBoxLayout;
    expiryRow->setSpacing(10);
    expiryRow->addLayout(expiryColumn);
    expiryRow->addSpacing(14);
    alignWithField(cvcLabel, m_cvcEdit);
    expiryRow->addWidget(cvcLabel, 0, Qt::AlignTop);
    expiryRow->addLayout(cvcColumn);
    expiryRow->addStretch(1);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameEdit);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* fieldLabel = new QLabel(text, this);
        fieldLabel->setBuddy(buddy);
        alignWithField(fieldLabel, buddy);
        return fieldLabel;
    };
    form->addRow(label(tr("Card &number:"), m_numberEdit), stacked(numberRow, m_numberHint));
    form->addRow(label(tr("&Expires:"), m_expiryEdit), expiryRow);
    form->addRow(label(tr("N&ame on card:"), m_nameEdit), stacked(nameRow, m_nameHint));
    const int shortField = fontMetrics().horizontalAdvance(QStringLiteral("00/00")) * 2 + 24;
    m_expiryEdit->setFixedWidth(shortField);
    m_cvcEdit->setFixedWidth(shortField);
    m_numberEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 0000 0000 0000 000"))
                                  + 24);
    // The hints under the short fields may be longer than the fields.
    m_expiryHint->setMinimumWidth(shortField * 2);
    m_cvcHint->setMinimumWidth(shortField * 2);

    setTabOrder(m_numberEdit, m_expiryEdit);
    setTabOrder(m_expiryEdit, m_cvcEdit);
    setTabOrder(m_cvcEdit, m_nameEdit);

    connect(m_numberEdit, &QLineEdit::textEdited, this, &CardEntryWidget::onNumberEdited);
    connect(m_expiryEdit, &QLineEdit::textEdited, this, &CardEntryWidget::onExpiryEdited);
    connect(m_cvcEdit, &QLineEdit::textEdited, this, [this] {
        m_serverErrors.remove(CardForm::Field::Cvc);
        revalidate();
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        m_serverErrors.remove(CardForm::Field::Name);
        revalidate();
    });
    const auto finish = [this](CardForm::Field field) {
        return [this, field] {
            m_finished[field] = true;
            revalidate();
        };
    };
    connect(m_numberEdit, &QLineEdit::editingFinished, this, finish(CardForm::Field::Number));
    connect(m_expiryEdit, &QLineEdit::editingFinished, this, finish(CardForm::Field::Expiry));
    connect(m_cvcEdit, &QLineEdit::editingFinished, this, finish(CardForm::Field::Cvc));
    connect(m_nameEdit, &QLineEdit::editingFinished, this, finish(CardForm::Field::Name));
    revalidate();
}

CardEntryWidget::~CardEntryWidget()
{
    // Closing the window from ~QWidget takes the focus away and would report editingFinished to a
    // half-destroyed form.
    for (QLineEdit* edit : {m_numberEdit, m_expiryEdit, m_cvcEdit, m_nameEdit}) {
        disconnect(edit, nullptr, this, nullptr);
    }
}

void CardEntryWidget::onNumberEdited(const QString& text)
{
    int cursor = m_numberEdit->cursorPosition();
    const QString formatted = CardForm::formatNumber(text, &cursor);
    if (formatted != text) {
        m_numberEdit->setText(formatted);
        m_numberEdit->setCursorPosition(cursor);
    }
    m_serverErrors.remove(CardForm::Field::Number);
    revalidate();
}

void CardEntryWidget::onExpiryEdited(const QString& text)
{
    int cursor = m_expiryEdit->cursorPosition();
    const QString formatted = CardForm::formatExpiry(text, &cursor);
    if (formatted != text) {
        m_expiryEdit->setText(formatted);
        m_expiryEdit->setCursorPosition(cursor);
    }
    m_serverErrors.remove(CardForm::Field::Expiry);
    revalidate();
}

void CardEntryWidget::showHint(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void CardEntryWidget::revalidate()
{
    m_form.setNumber(m_numberEdit->text());
    m_form.setExpiry(m_expiryEdit->text());
    m_form.setCvc(m_cvcEdit->text());
    m_form.setHolderName(m_nameEdit->text());
    const QDate today = m_clock->now().toLocalTime().date();

    const QString brand = CardForm::brandName(m_form.brand());
    m_brandLabel->setText(brand);
    m_brandLabel->setAccessibleName(brand.isEmpty() ? tr("Card brand not recognised yet") : brand);
    m_cvcEdit->setPlaceholderText(proto::card::cvcLength(m_form.brand()) == 4 ? QStringLiteral("0000")
                                                                              : QStringLiteral("000"));

    const auto hintFor = [this](CardForm::Field field, const CardForm::FieldState& state) {
        const QString server = m_serverErrors.value(field);
        return !server.isEmpty() ? server : state.problem;
    };
    showHint(m_numberHint,
             hintFor(CardForm::Field::Number, m_form.number(m_finished.value(CardForm::Field::Number))));
    showHint(
        m_expiryHint,
        hintFor(CardForm::Field::Expiry, m_form.expiry(today, m_finished.value(CardForm::Field::Expiry))));
    showHint(m_cvcHint, hintFor(CardForm::Field::Cvc, m_form.cvc(m_finished.value(CardForm::Field::Cvc))));
    showHint(m_nameHint,
             hintFor(CardForm::Field::Name, m_form.holderName(m_finished.value(CardForm::Field::Name))));
    emit changed();
}

bool CardEntryWidget::isValid() const
{
    return m_form.isValid(m_clock->now().toLocalTime().date());
}

std::optional<proto::CardDetails> CardEntryWidget::details() const
{
    return m_form.details(m_clock->now().toLocalTime().date());
}

void CardEntryWidget::showFieldErrors(const QMap<CardForm::Field, QString>& errors)
{
    m_serverErrors = errors;
    revalidate();
}

void CardEntryWidget::clearSecurityCode()
{
    // setText, not clear(): clear() is an undoable edit, and Ctrl+Z would bring the code back.
    m_cvcEdit->setText(QString());
    m_finished[CardForm::Field::Cvc] = false;
    revalidate();
}

void CardEntryWidget::wipe()
{
    for (QLineEdit* edit : {m_numberEdit, m_expiryEdit, m_cvcEdit, m_nameEdit}) {
        edit->setText(QString());
    }
    m_form = CardForm();
    m_finished.clear();
    m_serverErrors.clear();
    revalidate();
}

void CardEntryWidget::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_numberEdit, m_expiryEdit, m_cvcEdit, m_nameEdit}) {
        edit->setReadOnly(readOnly);
    }
}

} // namespace lp::ui
