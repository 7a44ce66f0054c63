#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace lp::server {

// The prices of renewals and upgrades, and the terms of payment, read from a JSON file (`--price-list`)
// or the built-in default (server/resources/price-list.json). All amounts are whole minor units (cents)
// of the entry's currency; only currencies with two decimals are accepted. The shape:
//
//   {"quote_validity_minutes": 30,          how long a quote can be ordered (a number; fractions allowed)
//    "paypal_approval_minutes": 15,         a PayPal approval not completed by then is abandoned
//    "offline_payment_days": 30,            a pro-forma invoice's due date, from the order
//    "multi_year_discount_percent": {"2": 5, "3": 10},   whole percent off a 2- or 3-year renewal
//    "payee": {"name": …, "bank_name": …, "iban": …, "bic": …, "mailing_address": …},
//    "prices": [{"product": "*" or an exact product name, "type": "per_device" | "per_scan",
//                "currency": "EUR" | "USD" | "GBP" | "CHF",
//                "yearly": 50000,                                  the base price of a year
//                per_device only:
//                "per_device_yearly": 2400,                        a year of one device of the allowance
//                "cadence_surcharge_yearly": {"6": 10000, "3": 25000},   a year of a 6- or 3-monthly refresh
//                per_scan only:
//                "per_1000_scans": 400}, …]}                       1,000 scans of quota in one period
//
// An entry for the exact product wins over "*". Each (product, type, currency) appears at most once.
class PriceList
{
public:
    struct Entry
    {
        QString product;
        QString type; // "per_device" or "per_scan"
        QString currency;
        qint64 yearly = 0;
        qint64 perDeviceYearly = 0;
        qint64 cadenceSurcharge6 = 0;
        qint64 cadenceSurcharge3 = 0;
        qint64 per1000Scans = 0;

        // The yearly surcharge of a refresh every `months` (12: none).
        qint64 cadenceSurchargeYearly(int months) const;
    };
    struct Payee
    {
        QString name;
        QString bankName;
        QString iban;
        QString bic;
        QString mailingAddress;
    };

    // The largest price of one entry field: 100 million in major units.
    static constexpr qint64 kMaxPrice = 10'000'000'000LL;

    // Parses and validates; nullopt with *error set to a sentence naming the field, e.g.
    // "prices[1].per_device_yearly is required".
    static std::optional<PriceList> fromJson(const QByteArray& json, QString* error);
    // Reads a file (or the built-in list for an empty path); nullopt with *error set to a full sentence.
    static std::optional<PriceList> load(const QString& path, QString* error);
    static std::optional<PriceList> builtIn();

    static bool isSupportedCurrency(const QString& currency);
    static QStringList supportedCurrencies();

    // The price of a license of this product and type in this currency; nullptr if there is none.
    const Entry* find(const QString& product, const QString& type, const QString& currency) const;
    // Whether any price is in this currency.
    bool hasCurrency(const QString& currency) const;

    qint64 quoteValiditySeconds() const { return m_quoteValiditySeconds; }
    qint64 payPalApprovalSeconds() const { return m_payPalApprovalSeconds; }
    qint64 offlinePaymentSeconds() const { return m_offlinePaymentSeconds; }
    // Whole percent off a renewal of `years` (0 for one year).
    int multiYearDiscountPercent(int years) const { return m_discounts.value(years, 0); }
    const Payee& payee() const { return m_payee; }
    const QList<Entry>& entries() const { return m_entries; }

private:
    qint64 m_quoteValiditySeconds = 0;
    qint64 m_payPalApprovalSeconds = 0;
    qint64 m_offlinePaymentSeconds = 0;
    QMap<int, int> m_discounts;
    Payee m_payee;
    QList<Entry> m_entries;
};

} // namespace lp::server
