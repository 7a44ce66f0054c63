#include "Quote.h"

#include "JsonReader.h"
#include "WireTime.h"

#include <QJsonArray>
#include <QSet>
#include <array>

namespace lp::proto {

namespace {
QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

constexpr std::array<QuoteItemKind, 4> kKinds {QuoteItemKind::Renewal, QuoteItemKind::AddDevices,
                                               QuoteItemKind::AddQuota, QuoteItemKind::RefreshCadence};
} // namespace

QString toWire(QuoteItemKind kind)
{
    switch (kind) {
    case QuoteItemKind::Renewal:
        return QStringLiteral("renewal");
    case QuoteItemKind::AddDevices:
        return QStringLiteral("add_devices");
    case QuoteItemKind::AddQuota:
        return QStringLiteral("add_quota");
    case QuoteItemKind::RefreshCadence:
        return QStringLiteral("refresh_cadence");
    }
    return {};
}

std::optional<QuoteItemKind> quoteItemKindFromWire(const QString& text)
{
    for (auto kind : kKinds) {
        if (toWire(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

void QuoteItem::writeTo(QJsonObject& json) const
{
    json.insert(QStringLiteral("kind"), toWire(kind));
    switch (kind) {
    case QuoteItemKind::Renewal:
        json.insert(QStringLiteral("years"), years);
        break;
    case QuoteItemKind::AddDevices:
    case QuoteItemKind::AddQuota:
        json.insert(QStringLiteral("quantity"), quantity);
        break;
    case QuoteItemKind::RefreshCadence:
        json.insert(QStringLiteral("months"), months);
        break;
    }
}

QJsonObject QuoteItem::toJson() const
{
    QJsonObject json;
    writeTo(json);
    return json;
}

std::optional<QuoteItem> QuoteItem::fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path)
{
    JsonReader reader(json, errors, path);
    QuoteItem item;
    const QString kindText = reader.string("kind", JsonReader::Required, 32);
    if (!reader.ok()) {
        return std::nullopt;
    }
    const auto kind = quoteItemKindFromWire(kindText);
    if (!kind) {
        reader.fail("kind", QStringLiteral("must be renewal, add_devices, add_quota or refresh_cadence"));
        return std::nullopt;
    }
    item.kind = *kind;
    switch (item.kind) {
    case QuoteItemKind::Renewal:
        item.years
            = static_cast<int>(reader.integer("years", JsonReader::Required, 1, kMaxYears).value_or(0));
        break;
    case QuoteItemKind::AddDevices:
        item.quantity = reader.integer("quantity", JsonReader::Required, 1, kMaxDevices).value_or(0);
        break;
    case QuoteItemKind::AddQuota:
        item.quantity = reader.integer("quantity", JsonReader::Required, kQuotaStep, kMaxQuota).value_or(0);
        if (reader.ok() && item.quantity % kQuotaStep != 0) {
            reader.fail("quantity", QStringLiteral("must be a multiple of %1 scans").arg(kQuotaStep));
        }
        break;
    case QuoteItemKind::RefreshCadence:
        item.months = static_cast<int>(reader.integer("months", JsonReader::Required, 3, 12).value_or(0));
        if (reader.ok() && item.months != 3 && item.months != 6 && item.months != 12) {
            reader.fail("months", QStringLiteral("must be 3, 6 or 12"));
        }
        break;
    }
    return reader.ok() ? std::optional<QuoteItem>(item) : std::nullopt;
}

QJsonObject QuoteRequest::toJson() const
{
    QJsonArray array;
    for (const QuoteItem& item : items) {
        array.append(item.toJson());
    }
    return {{QStringLiteral("license_id"), licenseId}, {QStringLiteral("items"), array}};
}

std::optional<QuoteRequest> QuoteRequest::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                   const QString& path)
{
    JsonReader reader(json, errors, path);
    QuoteRequest request;
    request.licenseId = reader.string("license_id", JsonReader::Required, 64);
    if (reader.ok() && request.licenseId.isEmpty()) {
        reader.fail("license_id", QStringLiteral("must not be empty"));
    }
    if (const auto items = reader.array("items")) {
        if (items->isEmpty() || items->size() > qsizetype(kKinds.size())) {
            reader.fail("items", QStringLiteral("must have 1 to %1 items").arg(kKinds.size()));
        }
        QSet<int> kinds;
        for (qsizetype i = 0; i < items->size() && i < qsizetype(kKinds.size()); ++i) {
            const QString at = reader.pathOf("items") + QStringLiteral("[%1]").arg(i);
            if (!items->at(i).isObject()) {
                errors->append({at, QStringLiteral("must be an object")});
                continue;
            }
            const auto item = QuoteItem::fromJson(items->at(i).toObject(), errors, at);
            if (!item) {
                continue;
            }
            if (kinds.contains(int(item->kind))) {
                errors->append({at + QStringLiteral(".kind"),
                                QStringLiteral("names %1 a second time: each kind at most once")
                                    .arg(toWire(item->kind))});
                continue;
            }
            kinds.insert(int(item->kind));
            request.items.append(*item);
        }
    }
    return reader.ok() ? std::optional<QuoteRequest>(request) : std::nullopt;
}

QJsonObject LicenseTerms::toJson() const
{
    return {{QStringLiteral("term_start"), toWireTime(termStart)},
            {QStringLiteral("term_end"), toWireTime(termEnd)},
            {QStringLiteral("device_allowance"), orNull(deviceAllowance)},
            {QStringLiteral("device_refresh_months"),
             deviceRefreshMonths ? QJsonValue(*deviceRefreshMonths) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("scan_quota"), orNull(scanQuota)},
            {QStringLiteral("quota_period"),
             quotaPeriod ? QJsonValue(toWire(*quotaPeriod)) : QJsonValue(QJsonValue::Null)}};
}

std::optional<LicenseTerms> LicenseTerms::fromJson(const QJsonObject& json, FieldErrors* errors,
                                                   const QString& path)
{
    JsonReader reader(json, errors, path);
    LicenseTerms terms;
    terms.termStart = reader.time("term_start").value_or(QDateTime());
    terms.termEnd = reader.time("term_end").value_or(QDateTime());
    terms.deviceAllowance = reader.integer("device_allowance", JsonReader::Optional, 0, kMaxAmount);
    if (const auto months = reader.integer("device_refresh_months", JsonReader::Optional, 3, 12)) {
        if (*months != 3 && *months != 6 && *months != 12) {
            reader.fail("device_refresh_months", QStringLiteral("must be 3, 6 or 12"));
        }
        terms.deviceRefreshMonths = static_cast<int>(*months);
    }
    terms.scanQuota = reader.integer("scan_quota", JsonReader::Optional, 0, kMaxAmount);
    const QString period = reader.string("quota_period", JsonReader::Optional, 16);
    if (!period.isEmpty()) {
        terms.quotaPeriod = quotaPeriodFromWire(period);
        if (!terms.quotaPeriod) {
            reader.fail("quota_period", QStringLiteral("must be monthly or annual"));
        }
    }
    if (reader.ok() && terms.termEnd <= terms.termStart) {
        reader.fail("term_end", QStringLiteral("must be after term_start"));
    }
    return reader.ok() ? std::optional<LicenseTerms>(terms) : std::nullopt;
}

bool LicenseTerms::operator==(const LicenseTerms& other) const
{
    return termStart == other.termStart && termEnd == other.termEnd
        && deviceAllowance == other.deviceAllowance && deviceRefreshMonths == other.deviceRefreshMonths
        && scanQuota == other.scanQuota && quotaPeriod == other.quotaPeriod;
}

QJsonObject QuoteLine::toJson() const
{
    QJsonObject json;
    item.writeTo(json);
    json.insert(QStringLiteral("covers_from"), toWireTime(coversFrom));
    json.insert(QStringLiteral("covers_until"), toWireTime(coversUntil));
    json.insert(QStringLiteral("list_price"), listPrice);
    json.insert(QStringLiteral("discount"), discount);
    json.insert(QStringLiteral("amount"), amount);
    return json;
}

std::optional<QuoteLine> QuoteLine::fromJson(const QJsonObject& json, FieldErrors* errors,
                                             const QString& path)
{
    const auto item = QuoteItem::fromJson(json, errors, path);
    JsonReader reader(json, errors, path);
    QuoteLine line;
    line.coversFrom = reader.time("covers_from").value_or(QDateTime());
    line.coversUntil = reader.time("covers_until").value_or(QDateTime());
    line.listPrice = reader.integer("list_price", JsonReader::Required, 0, kMaxAmount).value_or(0);
    line.discount = reader.integer("discount", JsonReader::Required, 0, kMaxAmount).value_or(0);
    line.amount = reader.integer("amount", JsonReader::Required, 0, kMaxAmount).value_or(0);
    if (reader.ok() && line.amount != line.listPrice - line.discount) {
        reader.fail("amount", QStringLiteral("must be list_price - discount"));
    }
    if (reader.ok() && line.coversUntil < line.coversFrom) {
        reader.fail("covers_until", QStringLiteral("must not be before covers_from"));
    }
    if (!item || !reader.ok()) {
        return std::nullopt;
    }
    line.item = *item;
    return line;
}

bool QuoteLine::operator==(const QuoteLine& other) const
{
    return item == other.item && coversFrom == other.coversFrom && coversUntil == other.coversUntil
        && listPrice == other.listPrice && discount == other.discount && amount == other.amount;
}

QJsonArray linesToJson(const QList<QuoteLine>& lines)
{
    QJsonArray array;
    for (const QuoteLine& line : lines) {
        array.append(line.toJson());
    }
    return array;
}

bool readPricedLines(const QJsonObject& json, FieldErrors* errors, const QString& path,
                     QList<QuoteLine>* lines, qint64* total, QString* currency)
{
    JsonReader reader(json, errors, path);
    if (const auto items = reader.array("items")) {
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString at = reader.pathOf("items") + QStringLiteral("[%1]").arg(i);
            if (!items->at(i).isObject()) {
                errors->append({at, QStringLiteral("must be an object")});
            } else if (const auto line = QuoteLine::fromJson(items->at(i).toObject(), errors, at)) {
                lines->append(*line);
            }
        }
    }
    *total = reader.integer("total", JsonReader::Required, 0, kMaxAmount).value_or(0);
    *currency = reader.string("currency", JsonReader::Required, 3);
    if (reader.ok() && (currency->size() != 3 || currency->toUpper() != *currency)) {
        reader.fail("currency", QStringLiteral("must be an ISO 4217 code such as EUR"));
    }
    if (reader.ok()) {
        qint64 sum = 0;
        for (const QuoteLine& line : *lines) {
            sum += line.amount;
        }
        if (sum != *total) {
            reader.fail("total", QStringLiteral("must be the sum of the items' amounts"));
        }
    }
    return reader.ok();
}

QJsonObject Quote::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("license_id"), licenseId},
            {QStringLiteral("items"), linesToJson(items)},
            {QStringLiteral("total"), total},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("created_at"), toWireTime(createdAt)},
            {QStringLiteral("expires_at"), toWireTime(expiresAt)},
            {QStringLiteral("current"), current.toJson()},
            {QStringLiteral("result"), result.toJson()}};
}

std::optional<Quote> Quote::fromJson(const QJsonObject& json, FieldErrors* errors, const QString& path)
{
    JsonReader reader(json, errors, path);
    Quote quote;
    quote.id = reader.string("id", JsonReader::Required, 64);
    quote.licenseId = reader.string("license_id", JsonReader::Required, 64);
    readPricedLines(json, errors, path, &quote.items, &quote.total, &quote.currency);
    quote.createdAt = reader.time("created_at").value_or(QDateTime());
    quote.expiresAt = reader.time("expires_at").value_or(QDateTime());
    if (const auto current = reader.object("current")) {
        quote.current
            = LicenseTerms::fromJson(*current, errors, reader.pathOf("current")).value_or(LicenseTerms());
    }
    if (const auto result = reader.object("result")) {
        quote.result
            = LicenseTerms::fromJson(*result, errors, reader.pathOf("result")).value_or(LicenseTerms());
    }
    if (reader.ok() && quote.items.isEmpty()) {
        reader.fail("items", QStringLiteral("must not be empty"));
    }
    return reader.ok() ? std::optional<Quote>(quote) : std::nullopt;
}

bool Quote::operator==(const Quote& other) const
{
    return id == other.id && licenseId == other.licenseId && items == other.items && total == other.total
        && currency == other.currency && createdAt == other.createdAt && expiresAt == other.expiresAt
        && current == other.current && result == other.result;
}

} // namespace lp::proto
