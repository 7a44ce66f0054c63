#pragma once

#include "FieldError.h"
#include "License.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace lp::proto {

// Money travels as an integer count of the currency's minor unit (cents for EUR and USD) with an
// ISO 4217 code beside it: no binary fractions anywhere between the price list and the invoice.
inline constexpr qint64 kMaxAmount = 1'000'000'000'000LL; // 10 billion in major units

// What a quote can change on a license. Every kind keeps the license's handshake code and runtime key.
enum class QuoteItemKind { Renewal, AddDevices, AddQuota, RefreshCadence };
QString toWire(QuoteItemKind kind);
std::optional<QuoteItemKind> quoteItemKindFromWire(const QString& text);

// One requested change: {"kind": "renewal", "years": 2}, {"kind": "add_devices", "quantity": 50},
// {"kind": "add_quota", "quantity": 10000} (scans per quota period, in steps of 1,000) or
// {"kind": "refresh_cadence", "months": 6}. Only the field of its kind is on the wire.
struct QuoteItem
{
    static constexpr int kMaxYears = 3;
    static constexpr qint64 kMaxDevices = 1'000'000;
    static constexpr qint64 kQuotaStep = 1000;
    static constexpr qint64 kMaxQuota = 1'000'000'000;

    QuoteItemKind kind = QuoteItemKind::Renewal;
    int years = 0; // renewal: 1..kMaxYears
    qint64 quantity
        = 0; // add_devices: 1..kMaxDevices; add_quota: kQuotaStep..kMaxQuota, a multiple of kQuotaStep
    int months
        = 0; // refresh_cadence: 3, 6 or 12 (the server accepts only a shorter cadence than the current)

    static QuoteItem renewal(int years) { return {QuoteItemKind::Renewal, years, 0, 0}; }
    static QuoteItem addDevices(qint64 count) { return {QuoteItemKind::AddDevices, 0, count, 0}; }
    static QuoteItem addQuota(qint64 scans) { return {QuoteItemKind::AddQuota, 0, scans, 0}; }
    static QuoteItem refreshCadence(int months) { return {QuoteItemKind::RefreshCadence, 0, 0, months}; }

    // Adds the item's fields to a JSON object (a request item, or a quote line which has more fields).
    void writeTo(QJsonObject& json) const;
    QJsonObject toJson() const;
    static std::optional<QuoteItem> fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path = {});
    bool operator==(const QuoteItem& other) const
    {
        return kind == other.kind && years == other.years && quantity == other.quantity
            && months == other.months;
    }
};

// POST /v1/quotes: the changes wanted on one license, each kind at most once.
struct QuoteRequest
{
    QString licenseId;
    QList<QuoteItem> items; // 1..4

    QJsonObject toJson() const;
    static std::optional<QuoteRequest> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                const QString& path = {});
    bool operator==(const QuoteRequest& other) const
    {
        return licenseId == other.licenseId && items == other.items;
    }
};

// The parts of a license an order changes, before and after. Null fields do not apply to the type.
struct LicenseTerms
{
    QDateTime termStart;
    QDateTime termEnd;
    std::optional<qint64> deviceAllowance;
    std::optional<int> deviceRefreshMonths;
    std::optional<qint64> scanQuota;
    std::optional<QuotaPeriod> quotaPeriod;

    QJsonObject toJson() const;
    static std::optional<LicenseTerms> fromJson(const QJsonObject& json, FieldErrors* errors,
                                                const QString& path = {});
    bool operator==(const LicenseTerms& other) const;
};

// One priced line of a quote or order: the item, the time it covers and its price. `amount` is
// `list_price - discount` (the multi-year discount of a renewal); all in minor units.
struct QuoteLine
{
    QuoteItem item;
    QDateTime coversFrom; // a renewal: the new term's years; an addition or cadence: now to the term end
    QDateTime coversUntil;
    qint64 listPrice = 0;
    qint64 discount = 0;
    qint64 amount = 0;

    QJsonObject toJson() const;
    static std::optional<QuoteLine> fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path = {});
    bool operator==(const QuoteLine& other) const;
};

// The answer to POST /v1/quotes: priced by the server alone, valid until `expires_at`.
struct Quote
{
    QString id;
    QString licenseId;
    QList<QuoteLine> items;
    qint64 total = 0; // the sum of the lines' amounts
    QString currency; // ISO 4217, the account's currency
    QDateTime createdAt;
    QDateTime expiresAt;
    LicenseTerms current; // the license as it is
    LicenseTerms result; // the license once the order is fulfilled (renewals of an expired key start today)

    QJsonObject toJson() const;
    static std::optional<Quote> fromJson(const QJsonObject& json, FieldErrors* errors,
                                         const QString& path = {});
    bool operator==(const Quote& other) const;
};

// Shared by quotes and orders: reads "items" as lines, "total" (checked to be their sum) and "currency".
bool readPricedLines(const QJsonObject& json, FieldErrors* errors, const QString& path,
                     QList<QuoteLine>* lines, qint64* total, QString* currency);
QJsonArray linesToJson(const QList<QuoteLine>& lines);

} // namespace lp::proto
