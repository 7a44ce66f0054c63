#include "PriceList.h"

#include <JsonReader.h>
#include <License.h>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace lp::server {

namespace {
using lp::proto::FieldErrors;
using lp::proto::JsonReader;

const char* const kBuiltInPath = ":/lp/server/price-list.json";

// A duration given as a (possibly fractional) number of `unit` seconds, within (0, max]: whole seconds,
// at least one.
std::optional<qint64> duration(JsonReader& reader, const char* key, double max, qint64 unit)
{
    const auto value = reader.number(key, JsonReader::Required, 0, max);
    if (!value) {
        return std::nullopt;
    }
    if (*value <= 0) {
        reader.fail(key, QStringLiteral("must be more than 0"));
        return std::nullopt;
    }
    return std::max<qint64>(1, std::llround(*value * static_cast<double>(unit)));
}

std::optional<qint64> price(JsonReader& reader, const char* key)
{
    return reader.integer(key, JsonReader::Required, 0, PriceList::kMaxPrice);
}

// Fields that belong to the other license type must not be there: a typo'd price list would otherwise
// quietly price something at 0.
void refuse(JsonReader& reader, const QJsonObject& object, const char* key, const char* type)
{
    if (object.contains(QLatin1String(key))) {
        reader.fail(key, QStringLiteral("applies to %1 prices only").arg(QLatin1String(type)));
    }
}

std::optional<PriceList::Entry> readEntry(const QJsonObject& object, FieldErrors* errors, const QString& path)
{
    JsonReader reader(object, errors, path);
    PriceList::Entry entry;
    entry.product = reader.string("product", JsonReader::Required, 256).trimmed();
    if (reader.ok() && entry.product.isEmpty()) {
        reader.fail("product", QStringLiteral("must name a product, or be \"*\" for every product"));
    }
    entry.type = reader.string("type", JsonReader::Required, 16);
    const auto type = lp::proto::licenseTypeFromWire(entry.type);
    if (!entry.type.isEmpty() && !type) {
        reader.fail("type", QStringLiteral("must be per_device or per_scan"));
    }
    entry.currency = reader.string("currency", JsonReader::Required, 8);
    if (!entry.currency.isEmpty() && !PriceList::isSupportedCurrency(entry.currency)) {
        reader.fail("currency",
                    QStringLiteral("must be one of %1 (currencies with two decimals)")
                        .arg(PriceList::supportedCurrencies().join(QStringLiteral(", "))));
    }
    entry.yearly = price(reader, "yearly").value_or(0);
    if (type == lp::proto::LicenseType::PerDevice) {
        entry.perDeviceYearly = price(reader, "per_device_yearly").value_or(0);
        if (const auto surcharges = reader.object("cadence_surcharge_yearly")) {
            JsonReader inner(*surcharges, errors, reader.pathOf("cadence_surcharge_yearly"));
            for (const QString& key : surcharges->keys()) {
                if (key != QLatin1String("3") && key != QLatin1String("6")) {
                    inner.fail(key.toLatin1().constData(),
                               QStringLiteral("is not a refresh cadence with a surcharge (only \"6\" and "
                                              "\"3\" months; 12 has none)"));
                }
            }
            entry.cadenceSurcharge6 = price(inner, "6").value_or(0);
            entry.cadenceSurcharge3 = price(inner, "3").value_or(0);
            if (inner.ok() && entry.cadenceSurcharge3 < entry.cadenceSurcharge6) {
                inner.fail("3",
                           QStringLiteral("must be at least the 6-monthly surcharge: a shorter cadence "
                                          "never costs less"));
            }
        }
        refuse(reader, object, "per_1000_scans", "per_scan");
    } else if (type == lp::proto::LicenseType::PerScan) {
        entry.per1000Scans = price(reader, "per_1000_scans").value_or(0);
        refuse(reader, object, "per_device_yearly", "per_device");
        refuse(reader, object, "cadence_surcharge_yearly", "per_device");
    }
    return reader.ok() ? std::optional<PriceList::Entry>(entry) : std::nullopt;
}
} // namespace

qint64 PriceList::Entry::cadenceSurchargeYearly(int months) const
{
    if (months <= 3) {
        return cadenceSurcharge3;
    }
    return months <= 6 ? cadenceSurcharge6 : 0;
}

bool PriceList::isSupportedCurrency(const QString& currency)
{
    return supportedCurrencies().contains(currency);
}

QStringList PriceList::supportedCurrencies()
{
    return {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")};
}

std::optional<PriceList> PriceList::fromJson(const QByteArray& json, QString* error)
{
    FieldErrors errors;
    const auto root = lp::proto::parseJsonObject(json, &errors);
    if (!root) {
        QString message
            = errors.isEmpty() ? QStringLiteral("it is not a JSON object") : errors.first().message;
        *error = message.replace(QLatin1String("the body"), QLatin1String("the file"));
        return std::nullopt;
    }
    PriceList list;
    JsonReader reader(*root, &errors);
    list.m_quoteValiditySeconds = duration(reader, "quote_validity_minutes", 24 * 60, 60).value_or(0);
    list.m_payPalApprovalSeconds = duration(reader, "paypal_approval_minutes", 24 * 60, 60).value_or(0);
    list.m_offlinePaymentSeconds = duration(reader, "offline_payment_days", 365, 24 * 3600).value_or(0);
    if (const auto discounts = reader.object("multi_year_discount_percent")) {
        JsonReader inner(*discounts, &errors, reader.pathOf("multi_year_discount_percent"));
        for (const QString& key : discounts->keys()) {
            const QByteArray name = key.toLatin1();
            if (key != QLatin1String("2") && key != QLatin1String("3")) {
                inner.fail(name.constData(),
                           QStringLiteral("is not a multi-year term (renewals run for 1, 2 or 3 years; "
                                          "discounts apply to \"2\" and \"3\")"));
            } else if (const auto percent = inner.integer(name.constData(), JsonReader::Required, 0, 90)) {
                list.m_discounts.insert(key.toInt(), static_cast<int>(*percent));
            }
        }
    }
    if (const auto payee = reader.object("payee")) {
        JsonReader inner(*payee, &errors, reader.pathOf("payee"));
        const auto text = [&inner](const char* key, int maxLength) {
            QString value = inner.string(key, JsonReader::Required, maxLength).trimmed();
            if (inner.ok() && value.isEmpty()) {
                inner.fail(key, QStringLiteral("must not be empty"));
            }
            return value;
        };
        list.m_payee.name = text("name", 256);
        list.m_payee.bankName = text("bank_name", 256);
        list.m_payee.iban = text("iban", 64);
        list.m_payee.bic = text("bic", 16);
        list.m_payee.mailingAddress = text("mailing_address", 1024);
    }
    if (const auto prices = reader.array("prices")) {
        if (prices->isEmpty()) {
            reader.fail("prices", QStringLiteral("must have at least one price"));
        }
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < prices->size(); ++i) {
            const QString at = reader.pathOf("prices") + QStringLiteral("[%1]").arg(i);
            if (!prices->at(i).isObject()) {
                errors.append({at, QStringLiteral("must be an object")});
                continue;
            }
            const auto entry = readEntry(prices->at(i).toObject(), &errors, at);
            if (!entry) {
                continue;
            }
            const QString key
                = entry->product + QLatin1Char('\n') + entry->type + QLatin1Char('\n') + entry->currency;
            if (seen.contains(key)) {
                errors.append({at,
                               QStringLiteral("repeats the %1 price of \"%2\" in %3 (prices[%4])")
                                   .arg(entry->type, entry->product, entry->currency)
                                   .arg(seen.value(key))});
                continue;
            }
            seen.insert(key, i);
            list.m_entries.append(*entry);
        }
    }
    if (!errors.isEmpty()) {
        const auto& first = errors.first();
        *error = first.field.isEmpty() ? first.message : first.field + QLatin1Char(' ') + first.message;
        return std::nullopt;
    }
    return list;
}

std::optional<PriceList> PriceList::load(const QString& path, QString* error)
{
    const QString file = path.isEmpty() ? QLatin1String(kBuiltInPath) : path;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The price list %1 cannot be read: %2.").arg(file, input.errorString());
        return std::nullopt;
    }
    QString why;
    auto list = fromJson(input.readAll(), &why);
    if (!list) {
        *error = QStringLiteral("The price list %1 is not valid: %2.").arg(file, why);
    }
    return list;
}

std::optional<PriceList> PriceList::builtIn()
{
    QString error;
    return load(QString(), &error);
}

const PriceList::Entry* PriceList::find(const QString& product, const QString& type,
                                        const QString& currency) const
{
    const Entry* fallback = nullptr;
    for (const Entry& entry : m_entries) {
        if (entry.type != type || entry.currency != currency) {
            continue;
        }
        if (entry.product == product) {
            return &entry;
        }
        if (entry.product == QLatin1String("*")) {
            fallback = &entry;
        }
    }
    return fallback;
}

bool PriceList::hasCurrency(const QString& currency) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&currency](const Entry& entry) { return entry.currency == currency; });
}

} // namespace lp::server
