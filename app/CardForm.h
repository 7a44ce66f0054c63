#pragma once

#include <Payments.h>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace lp {

// The rules of the card form as the user types, without widgets: live grouping of the number and the
// expiry, and per field whether the entry is complete and valid, with a sentence saying what is wrong.
// The card rules themselves (Luhn, brands, lengths, expiry) are lp::proto::card's, shared with the
// payment provider; this class only decides when to say what.
class CardForm
{
    Q_DECLARE_TR_FUNCTIONS(CardForm)
public:
    enum class Field { Number, Expiry, Cvc, Name };

    struct FieldState
    {
        bool complete = false; // typed to its full length (or the user left the field)
        bool valid = false;
        QString problem; // empty unless complete and invalid: a half-typed entry is not an error yet
    };

    // The number grouped as printed on the card ("4242 4242 4242 4242", amex 4-6-5), cut to the longest
    // number of its brand; *cursor (a position in `text`) moves to the same digit in the answer.
    static QString formatNumber(const QString& text, int* cursor = nullptr);
    // "MM/YY" from what was typed: "1230" -> "12/30", "4" -> "04" (no month starts with 4).
    static QString formatExpiry(const QString& text, int* cursor = nullptr);
    // The most digits a number of this brand has: 15 for amex, 16 for the other known brands, else 19.
    static int maxDigits(const QString& digits);
    // "Visa", "Mastercard", "American Express", "Discover"; empty while the brand is unknown.
    static QString brandName(const QString& brand);
    // The form field of a provider's field error ("number", "exp_month", "exp_year", "cvc", "name").
    static std::optional<Field> fieldOf(const QString& path);

    void setNumber(const QString& text) { m_digits = proto::card::digitsOnly(text); }
    void setExpiry(const QString& text) { m_expiry = text.trimmed(); }
    void setCvc(const QString& text) { m_cvc = text.trimmed(); }
    void setHolderName(const QString& text) { m_name = text.simplified(); }

    QString digits() const { return m_digits; }
    QString brand() const { return proto::card::brandOf(m_digits); }
    // The parsed expiry, or 0 while it is not a month and a year.
    int expiryMonth() const;
    int expiryYear() const;

    // `finished`: the user left the field, so an incomplete entry is a problem now.
    FieldState number(bool finished = false) const;
    FieldState expiry(const QDate& today, bool finished = false) const;
    FieldState cvc(bool finished = false) const;
    FieldState holderName(bool finished = false) const;
    bool isValid(const QDate& today) const;
    // The details for the provider, or nothing while the form is not valid.
    std::optional<proto::CardDetails> details(const QDate& today) const;

private:
    QString m_digits;
    QString m_expiry;
    QString m_cvc;
    QString m_name;
};

} // namespace lp
