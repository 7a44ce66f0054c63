#pragma once

#include "FieldError.h"
#include "Order.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <optional>

namespace lp::proto {

// GET /v1/payment-config: where the client tokenizes cards (the payment provider's own endpoint, with
// the provider's publishable key) and which payment methods the account may use.
struct PaymentConfig
{
    QString provider; // "sandbox"
    QUrl cardTokenizationUrl;
    QString publishableKey;
    QList<PaymentMethod> methods;

    QJsonObject toJson() const;
    static std::optional<PaymentConfig> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                 const QString& path = {});
    bool operator==(const PaymentConfig& other) const
    {
        return provider == other.provider && cardTokenizationUrl == other.cardTokenizationUrl
            && publishableKey == other.publishableKey && methods == other.methods;
    }
};

// What the client sends to the provider's tokenization endpoint, never to the portal.
struct CardDetails
{
    QString number; // digits only
    int expiryMonth = 0; // 1..12
    int expiryYear = 0; // four digits
    QString cvc;
    QString holderName;

    QJsonObject toJson() const;
    // Checks the format and the card rules (Luhn, expiry not before `today`'s month, CVC length).
    static std::optional<CardDetails> fromJson(const QJsonObject& json, const QDate& today,
                                               FieldErrors* errors, const QString& path = {});
};

// The provider's answer: a single-use token and what may be shown of the card.
struct CardToken
{
    QString id;
    QString brand; // "visa", "mastercard", "amex", "discover" or "unknown"
    QString last4;
    int expiryMonth = 0;
    int expiryYear = 0;

    QJsonObject toJson() const;
    static std::optional<CardToken> fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path = {});
};

// The card checks both sides make: the client as the user types, the provider before it tokenizes.
namespace card {
QString digitsOnly(const QString& text);
bool luhnValid(const QString& digits);
QString brandOf(const QString& digits);
// Valid lengths: 15 for American Express, 16 for the others (19 accepted for unknown brands).
bool lengthValid(const QString& digits);
int cvcLength(const QString& brand); // 4 for amex, else 3
// A card is valid through the last day of its expiry month.
bool expired(int month, int year, const QDate& today);
// "4242 4242 4242 4242", "3782 822463 10005" for amex: as printed on the card.
QString grouped(const QString& digits);
// "Visa •••• 4242"
QString describe(const QString& brand, const QString& last4);
} // namespace card

} // namespace lp::proto
