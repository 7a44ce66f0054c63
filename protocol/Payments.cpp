#include "Payments.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace lp::proto {

QJsonObject PaymentConfig::toJson() const
{
    QJsonArray methodArray;
    for (PaymentMethod method : methods) {
        methodArray.append(toWire(method));
    }
    return {{QStringLiteral("provider"), provider},
            {QStringLiteral("card_tokenization_url"), cardTokenizationUrl.toString()},
            {QStringLiteral("publishable_key"), publishableKey},
            {QStringLiteral("methods"), methodArray}};
}

std::optional<PaymentConfig> PaymentConfig::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                     const QString& path)
{
    JsonReader reader(json, errors, path);
    PaymentConfig config;
    config.provider = reader.string("provider", JsonReader::Required, 64);
    const QString url = reader.string("card_tokenization_url", JsonReader::Required, 2048);
    if (reader.ok()) {
        config.cardTokenizationUrl = QUrl(url, QUrl::StrictMode);
        const QString scheme = config.cardTokenizationUrl.scheme();
        // Card numbers travel to this URL: only over TLS, except to a sandbox on this very machine.
        const QString host = config.cardTokenizationUrl.host();
        const bool loopback = host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
            || host == QLatin1String("::1");
        if (!config.cardTokenizationUrl.isValid()
            || !(scheme == QLatin1String("https") || (scheme == QLatin1String("http") && loopback))) {
            reader.fail("card_tokenization_url",
                        QStringLiteral("must be an https URL (http only on this machine)"));
        }
    }
    config.publishableKey = reader.string("publishable_key", JsonReader::Required, 256);
    if (const auto methods = reader.array("methods")) {
        for (qsizetype i = 0; i < methods->size(); ++i) {
            // A method this client does not know is left out, not an error: the server may offer more.
            if (const auto method = paymentMethodFromWire(methods->at(i).toString())) {
                config.methods.append(*method);
            }
        }
    }
    return reader.ok() ? std::optional<PaymentConfig>(config) : std::nullopt;
}

QJsonObject CardDetails::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("exp_month"), expiryMonth},
            {QStringLiteral("exp_year"), expiryYear},
            {QStringLiteral("cvc"), cvc},
            {QStringLiteral("name"), holderName}};
}

std::optional<CardDetails> CardDetails::fromJson(const QJsonObject& json, const QDate& today,
                                                 FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    CardDetails card;
    const QString number = reader.string("number", JsonReader::Required, 32);
    if (reader.ok()) {
        card.number = card::digitsOnly(number);
        if (card.number.size() != number.size() - number.count(QLatin1Char(' '))
            || !card::lengthValid(card.number) || !card::luhnValid(card.number)) {
            reader.fail("number", QStringLiteral("is not a valid card number"));
        }
    }
    card.expiryMonth = static_cast<int>(reader.integer("exp_month", JsonReader::Required, 1, 12).value_or(0));
    card.expiryYear
        = static_cast<int>(reader.integer("exp_year", JsonReader::Required, 2000, 2099).value_or(0));
    if (card.expiryMonth != 0 && card.expiryYear != 0
        && card::expired(card.expiryMonth, card.expiryYear, today)) {
        reader.fail("exp_year", QStringLiteral("the card has expired"));
    }
    card.cvc = reader.string("cvc", JsonReader::Required, 8);
    if (!card.cvc.isEmpty() || reader.ok()) {
        const int expected = card::cvcLength(card::brandOf(card.number));
        if (card.cvc.size() != expected || card::digitsOnly(card.cvc) != card.cvc) {
            reader.fail("cvc", QStringLiteral("must be %1 digits").arg(expected));
        }
    }
    card.holderName = reader.string("name", JsonReader::Optional, 128).trimmed();
    return reader.ok() ? std::optional<CardDetails>(card) : std::nullopt;
}

QJsonObject CardToken::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("brand"), brand},
            {QStringLiteral("last4"), last4},
            {QStringLiteral("exp_month"), expiryMonth},
            {QStringLiteral("exp_year"), expiryYear}};
}

std::optional<CardToken> CardToken::fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path)
{
    JsonReader reader(json, errors, path);
    CardToken token;
    token.id = reader.string("id", JsonReader::Required, 128);
    token.brand = reader.string("brand", JsonReader::Required, 32);
    token.last4 = reader.string("last4", JsonReader::Required, 4);
    token.expiryMonth
        = static_cast<int>(reader.integer("exp_month", JsonReader::Required, 1, 12).value_or(0));
    token.expiryYear
        = static_cast<int>(reader.integer("exp_year", JsonReader::Required, 2000, 2099).value_or(0));
    if (reader.ok() && token.id.isEmpty()) {
        reader.fail("id", QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<CardToken>(token) : std::nullopt;
}

namespace card {

QString digitsOnly(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
        }
    }
    return digits;
}

bool luhnValid(const QString& digits)
{
    if (digits.isEmpty()) {
        return false;
    }
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits.at(i).digitValue();
        if (digit < 0) {
            return false;
        }
        if (doubleIt) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString brandOf(const QString& digits)
{
    const auto prefix = [&digits](int length) { return digits.left(length).toInt(); };
    if (digits.startsWith(QLatin1Char('4'))) {
        return QStringLiteral("visa");
    }
    if (digits.size() >= 2 && (prefix(2) == 34 || prefix(2) == 37)) {
        return QStringLiteral("amex");
    }
    if ((digits.size() >= 2 && prefix(2) >= 51 && prefix(2) <= 55)
        || (digits.size() >= 4 && prefix(4) >= 2221 && prefix(4) <= 2720)) {
        return QStringLiteral("mastercard");
    }
    if (digits.startsWith(QLatin1String("6011")) || digits.startsWith(QLatin1String("65"))
        || (digits.size() >= 3 && prefix(3) >= 644 && prefix(3) <= 649)) {
        return QStringLiteral("discover");
    }
    return QStringLiteral("unknown");
}

bool lengthValid(const QString& digits)
{
    const QString brand = brandOf(digits);
    if (brand == QLatin1String("amex")) {
        return digits.size() == 15;
    }
    if (brand == QLatin1String("unknown")) {
        return digits.size() >= 12 && digits.size() <= 19;
    }
    return digits.size() == 16;
}

int cvcLength(const QString& brand)
{
    return brand == QLatin1String("amex") ? 4 : 3;
}

bool expired(int month, int year, const QDate& today)
{
    return year < today.year() || (year == today.year() && month < today.month());
}

QString grouped(const QString& digits)
{
    // American Express prints 4-6-5; the others in fours.
    const QList<int> groups = brandOf(digits) == QLatin1String("amex") ? QList<int> {4, 6, 5} : QList<int> {};
    QString text;
    qsizetype at = 0;
    for (int group = 0; at < digits.size(); ++group) {
        const int length = group < groups.size() ? groups.at(group) : 4;
        if (!text.isEmpty()) {
            text.append(QLatin1Char(' '));
        }
        text.append(digits.mid(at, length));
        at += length;
    }
    return text;
}

QString describe(const QString& brand, const QString& last4)
{
    QString name = QStringLiteral("Card");
    if (brand == QLatin1String("visa")) {
        name = QStringLiteral("Visa");
    } else if (brand == QLatin1String("mastercard")) {
        name = QStringLiteral("Mastercard");
    } else if (brand == QLatin1String("amex")) {
        name = QStringLiteral("American Express");
    } else if (brand == QLatin1String("discover")) {
        name = QStringLiteral("Discover");
    }
    return name + QStringLiteral(" \u2022\u2022\u2022\u2022 ") + last4;
}

} // namespace card

} // namespace lp::proto
