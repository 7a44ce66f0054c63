#include "CardForm.h"

#include <QRegularExpression>

namespace lp {

namespace {
// How many digits come before `cursor` in `text`.
int digitsBefore(const QString& text, int cursor)
{
    int count = 0;
    for (int i = 0; i < qMin<int>(cursor, int(text.size())); ++i) {
        if (text.at(i).isDigit()) {
            ++count;
        }
    }
    return count;
}

// The position just after the `count`th digit of `text` (0: the start).
int positionAfterDigits(const QString& text, int count)
{
    if (count <= 0) {
        return 0;
    }
    int seen = 0;
    for (int i = 0; i < int(text.size()); ++i) {
        if (text.at(i).isDigit() && ++seen == count) {
            return i + 1;
        }
    }
    return int(text.size());
}
} // namespace

int CardForm::maxDigits(const QString& digits)
{
    const QString brand = proto::card::brandOf(digits);
    if (brand == QLatin1String("amex")) {
        return 15;
    }
    return brand == QLatin1String("unknown") ? 19 : 16;
}

QString CardForm::formatNumber(const QString& text, int* cursor)
{
    QString digits = proto::card::digitsOnly(text);
    digits.truncate(maxDigits(digits));
    const QString grouped = proto::card::grouped(digits);
    if (cursor) {
        *cursor = positionAfterDigits(grouped, qMin<int>(digitsBefore(text, *cursor), int(digits.size())));
    }
    return grouped;
}

QString CardForm::formatExpiry(const QString& text, int* cursor)
{
    QString digits = proto::card::digitsOnly(text);
    int before = cursor ? digitsBefore(text, *cursor) : int(digits.size());
    // No month starts with 2..9: "4" means April.
    if (!digits.isEmpty() && digits.at(0) > QLatin1Char('1')) {
        digits.prepend(QLatin1Char('0'));
        ++before;
    }
    digits.truncate(4);
    // The slash only once the year begins, so that deleting back over it works as expected.
    const QString formatted = digits.size() > 2 ? digits.left(2) + QLatin1Char('/') + digits.mid(2) : digits;
    if (cursor) {
        *cursor = positionAfterDigits(formatted, qMin<int>(before, int(digits.size())));
    }
    return formatted;
}

QString CardForm::brandName(const QString& brand)
{
    if (brand == QLatin1String("visa")) {
        return QStringLiteral("Visa");
    }
    if (brand == QLatin1String("mastercard")) {
        return QStringLiteral("Mastercard");
    }
    if (brand == QLatin1String("amex")) {
        return QStringLiteral("American Express");
    }
    if (brand == QLatin1String("discover")) {
        return QStringLiteral("Discover");
    }
    return {};
}

std::optional<CardForm::Field> CardForm::fieldOf(const QString& path)
{
    const QString name = path.section(QLatin1Char('.'), -1);
    if (name == QLatin1String("number")) {
        return Field::Number;
    }
    if (name.startsWith(QLatin1String("exp"))) {
        return Field::Expiry;
    }
    if (name == QLatin1String("cvc")) {
        return Field::Cvc;
    }
    if (name == QLatin1String("name")) {
        return Field::Name;
    }
    return std::nullopt;
}

int CardForm::expiryMonth() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)/(\\d\\d)$"));
    const auto match = pattern.match(m_expiry);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

int CardForm::expiryYear() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)/(\\d\\d)$"));
    const auto match = pattern.match(m_expiry);
    return match.hasMatch() ? 2000 + match.captured(2).toInt() : 0;
}

CardForm::FieldState CardForm::number(bool finished) const
{
    FieldState state;
    const int length = int(m_digits.size());
    state.complete = length >= maxDigits(m_digits) || (finished && length > 0);
    state.valid = proto::card::lengthValid(m_digits) && proto::card::luhnValid(m_digits);
    if (state.valid) {
        return state;
    }
    if (finished && length == 0) {
        state.problem = tr("Enter the card number.");
    } else if (state.complete && !proto::card::lengthValid(m_digits)) {
        const QString name = brandName(brand());
        state.problem = name.isEmpty()
            ? tr("This card number is too short.")
            : tr("A %1 card number has %n digits.", nullptr, maxDigits(m_digits)).arg(name);
    } else if (state.complete) {
        state.problem = tr("This card number is not valid. Check it for typing errors.");
    }
    return state;
}

CardForm::FieldState CardForm::expiry(const QDate& today, bool finished) const
{
    FieldState state;
    const QString digits = proto::card::digitsOnly(m_expiry);
    state.complete = digits.size() >= 4 || (finished && !digits.isEmpty());
    const int month = expiryMonth();
    const int year = expiryYear();
    if (month >= 1 && month <= 12 && year > 0) {
        state.valid = !proto::card::expired(month, year, today);
        if (!state.valid) {
            state.problem = tr("This card has expired.");
        }
        return state;
    }
    if (digits.size() >= 2 && (digits.left(2).toInt() < 1 || digits.left(2).toInt() > 12)) {
        state.complete = true; // no year makes a 13th month right
        state.problem = tr("Enter a month from 01 to 12.");
    } else if (finished) {
        state.problem = tr("Enter the expiry date as MM/YY.");
    }
    return state;
}

CardForm::FieldState CardForm::cvc(bool finished) const
{
    FieldState state;
    const int expected = proto::card::cvcLength(brand());
    const bool digitsOnly = proto::card::digitsOnly(m_cvc) == m_cvc;
    state.complete = m_cvc.size() >= expected || (finished && !m_cvc.isEmpty());
    state.valid = digitsOnly && m_cvc.size() == expected;
    if (!state.valid && (state.complete || finished)) {
        state.problem = tr("The security code has %n digits.", nullptr, expected);
    }
    return state;
}

CardForm::FieldState CardForm::holderName(bool finished) const
{
    FieldState state;
    state.complete = !m_name.isEmpty() || finished;
    state.valid = !m_name.isEmpty() && m_name.size() <= 128;
    if (!state.valid && finished) {
        state.problem
            = m_name.isEmpty() ? tr("Enter the name as printed on the card.") : tr("The name is too long.");
    }
    return state;
}

bool CardForm::isValid(const QDate& today) const
{
    return number().valid && expiry(today).valid && cvc().valid && holderName().valid;
}

std::optional<proto::CardDetails> CardForm::details(const QDate& today) const
{
    if (!isValid(today)) {
        return std::nullopt;
    }
    proto::CardDetails card;
    card.number = m_digits;
    card.expiryMonth = expiryMonth();
    card.expiryYear = expiryYear();
    card.cvc = m_cvc;
    card.holderName = m_name;
    return card;
}

} // namespace lp
