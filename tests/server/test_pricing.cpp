#include "LicenseRecord.h"
#include "PriceList.h"
#include "Pricing.h"

#include <Problem.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using lp::proto::LicenseTerms;
using lp::proto::QuoteItem;
using lp::proto::QuoteItemKind;
using lp::server::CheckoutRefusal;
using lp::server::LicenseRecord;
using lp::server::PriceList;
using lp::server::Pricing;

namespace {
constexpr qint64 kDay = 24 * 3600;

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

QJsonObject perDevicePrice(const char* currency = "EUR", const char* product = "*")
{
    return {{QStringLiteral("product"), QLatin1String(product)},
            {QStringLiteral("type"), QStringLiteral("per_device")},
            {QStringLiteral("currency"), QLatin1String(currency)},
            {QStringLiteral("yearly"), 50000},
            {QStringLiteral("per_device_yearly"), 2400},
            {QStringLiteral("cadence_surcharge_yearly"),
             QJsonObject {{QStringLiteral("6"), 10000}, {QStringLiteral("3"), 25000}}}};
}

QJsonObject perScanPrice(const char* currency = "EUR")
{
    return {{QStringLiteral("product"), QStringLiteral("*")},
            {QStringLiteral("type"), QStringLiteral("per_scan")},
            {QStringLiteral("currency"), QLatin1String(currency)},
            {QStringLiteral("yearly"), 30000},
            {QStringLiteral("per_1000_scans"), 400}};
}

QJsonObject listJson(const QJsonArray& prices)
{
    return {{QStringLiteral("quote_validity_minutes"), 30},
            {QStringLiteral("paypal_approval_minutes"), 15},
            {QStringLiteral("offline_payment_days"), 30},
            {QStringLiteral("multi_year_discount_percent"),
             QJsonObject {{QStringLiteral("2"), 5}, {QStringLiteral("3"), 10}}},
            {QStringLiteral("payee"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Payee GmbH")},
                          {QStringLiteral("bank_name"), QStringLiteral("Bank")},
                          {QStringLiteral("iban"), QStringLiteral("DE89 3704 0044 0532 0130 00")},
                          {QStringLiteral("bic"), QStringLiteral("COBADEFFXXX")},
                          {QStringLiteral("mailing_address"), QStringLiteral("Street 1\n10115 Berlin")}}},
            {QStringLiteral("prices"), prices}};
}

PriceList parse(const QJsonObject& json)
{
    QString error;
    const auto list = PriceList::fromJson(QJsonDocument(json).toJson(), &error);
    if (!list) {
        qFatal("the test price list is invalid: %s", qPrintable(error));
    }
    return *list;
}

PriceList standardList()
{
    return parse(listJson({perDevicePrice(), perScanPrice(), perDevicePrice("USD"), perScanPrice("USD")}));
}

LicenseRecord perDevice(const QDateTime& start, const QDateTime& end, qint64 devices = 10, int months = 12)
{
    LicenseRecord license;
    license.id = QStringLiteral("lic_test");
    license.product = QStringLiteral("Barcode Reader SDK");
    license.handshakeCode = QStringLiteral("100000-000001");
    license.type = QStringLiteral("per_device");
    license.termStart = start.toSecsSinceEpoch();
    license.termEnd = end.toSecsSinceEpoch();
    license.deviceAllowance = devices;
    license.deviceRefreshMonths = months;
    return license;
}

LicenseRecord perScan(const QDateTime& start, const QDateTime& end, qint64 quota,
                      const char* period = "monthly")
{
    LicenseRecord license = perDevice(start, end);
    license.type = QStringLiteral("per_scan");
    license.deviceAllowance.reset();
    license.deviceRefreshMonths.reset();
    license.scanQuota = quota;
    license.quotaPeriod = QLatin1String(period);
    return license;
}

struct Priced
{
    std::optional<Pricing::Priced> priced;
    CheckoutRefusal refusal;
};

Priced price(const LicenseRecord& license, const QList<QuoteItem>& items, const QDateTime& now,
             const PriceList& list = standardList(), const QString& currency = QStringLiteral("EUR"))
{
    Priced result;
    result.priced = Pricing::price(list, license, currency, items, now, &result.refusal);
    return result;
}

QString errorOf(const QJsonObject& json)
{
    QString error;
    const auto list = PriceList::fromJson(QJsonDocument(json).toJson(), &error);
    return list ? QString() : error;
}
} // namespace

// The server's prices at chosen instants: each kind of change, multi-year discounts, renewals of an expired
// license, several changes priced on the result, rounding once per line, what is refused, and the price
// list's validation.
class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void renewalOfEachType_data()
    {
        QTest::addColumn<LicenseRecord>("license");
        QTest::addColumn<int>("years");
        QTest::addColumn<qint64>("list");
        QTest::addColumn<qint64>("discount");
        const QDateTime start = utc("2026-01-15T09:00:00Z");
        const QDateTime end = utc("2027-01-15T09:00:00Z");
        // 50,000 + 10 devices × 2,400
        QTest::newRow("per device, 1 year") << perDevice(start, end) << 1 << qint64(74000) << qint64(0);
        QTest::newRow("per device, 2 years") << perDevice(start, end) << 2 << qint64(148000) << qint64(7400);
        QTest::newRow("per device, 3 years") << perDevice(start, end) << 3 << qint64(222000) << qint64(22200);
        // The cadence surcharge is part of the yearly value: + 25,000 for a 3-monthly refresh.
        QTest::newRow("per device, 3-monthly")
            << perDevice(start, end, 10, 3) << 1 << qint64(99000) << qint64(0);
        QTest::newRow("per device, 6-monthly")
            << perDevice(start, end, 10, 6) << 1 << qint64(84000) << qint64(0);
        // 30,000 + 100 × 400 × 12 periods
        QTest::newRow("per scan monthly") << perScan(start, end, 100000) << 1 << qint64(510000) << qint64(0);
        // 30,000 + 1,000 × 400 × 1 period
        QTest::newRow("per scan annual, 3 years")
            << perScan(start, end, 1000000, "annual") << 3 << qint64(1290000) << qint64(129000);
    }

    void renewalOfEachType()
    {
        QFETCH(LicenseRecord, license);
        QFETCH(int, years);
        QFETCH(qint64, list);
        QFETCH(qint64, discount);
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        const auto result = price(license, {QuoteItem::renewal(years)}, now);
        QVERIFY2(result.priced, qPrintable(result.refusal.detail));
        QCOMPARE(result.priced->lines.size(), 1);
        const auto& line = result.priced->lines.first();
        QCOMPARE(line.listPrice, list);
        QCOMPARE(line.discount, discount);
        QCOMPARE(line.amount, list - discount);
        QCOMPARE(result.priced->total, list - discount);
        // The years follow the current term, which keeps its start.
        QCOMPARE(line.coversFrom, utc("2027-01-15T09:00:00Z"));
        QCOMPARE(line.coversUntil, utc("2027-01-15T09:00:00Z").addYears(years));
        QCOMPARE(result.priced->result.termStart, utc("2026-01-15T09:00:00Z"));
        QCOMPARE(result.priced->result.termEnd, utc("2027-01-15T09:00:00Z").addYears(years));
        QCOMPARE(result.priced->current, Pricing::termsOf(license));
    }

    void expiredRenewalStartsNow()
    {
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        const auto license = perDevice(utc("2025-03-01T00:00:00Z"), utc("2026-03-01T00:00:00Z"));
        const auto result = price(license, {QuoteItem::renewal(2)}, now);
        QVERIFY2(result.priced, qPrintable(result.refusal.detail));
        QCOMPARE(result.priced->result.termStart, now);
        QCOMPARE(result.priced->result.termEnd, utc("2028-06-01T12:00:00Z"));
        QCOMPARE(result.priced->lines.first().coversFrom, now);
        QCOMPARE(result.priced->lines.first().coversUntil, utc("2028-06-01T12:00:00Z"));
        QCOMPARE(result.priced->lines.first().amount, 148000 - 7400);
        // The months it was expired are not charged: the same price as for an active license.
        QCOMPARE(result.priced->current.termEnd, utc("2026-03-01T00:00:00Z"));
    }

    void additionsAreProratedToTheRestOfTheTerm_data()
    {
        QTest::addColumn<LicenseRecord>("license");
        QTest::addColumn<QuoteItem>("item");
        QTest::addColumn<qint64>("amount");
        // 73 days left: a fifth of a year.
        const QDateTime start = utc("2025-08-01T00:00:00Z");
        const QDateTime end = utc("2026-06-01T12:00:00Z").addSecs(73 * kDay);
        // 5 × 2,400 × 0.2
        QTest::newRow("5 devices") << perDevice(start, end) << QuoteItem::addDevices(5) << qint64(2400);
        // 10 × 400 × 12 × 0.2
        QTest::newRow("10,000 scans monthly")
            << perScan(start, end, 100000) << QuoteItem::addQuota(10000) << qint64(9600);
        // 10 × 400 × 1 × 0.2
        QTest::newRow("10,000 scans annual")
            << perScan(start, end, 100000, "annual") << QuoteItem::addQuota(10000) << qint64(800);
        // (surcharge(6) − surcharge(12)) × 0.2 = 10,000 × 0.2
        QTest::newRow("12 to 6 months")
            << perDevice(start, end) << QuoteItem::refreshCadence(6) << qint64(2000);
        QTest::newRow("12 to 3 months")
            << perDevice(start, end) << QuoteItem::refreshCadence(3) << qint64(5000);
        // (25,000 − 10,000) × 0.2
        QTest::newRow("6 to 3 months")
            << perDevice(start, end, 10, 6) << QuoteItem::refreshCadence(3) << qint64(3000);
    }

    void additionsAreProratedToTheRestOfTheTerm()
    {
        QFETCH(LicenseRecord, license);
        QFETCH(QuoteItem, item);
        QFETCH(qint64, amount);
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        const auto result = price(license, {item}, now);
        QVERIFY2(result.priced, qPrintable(result.refusal.detail));
        const auto& line = result.priced->lines.first();
        QCOMPARE(line.amount, amount);
        QCOMPARE(line.discount, 0);
        QCOMPARE(line.coversFrom, now);
        QCOMPARE(line.coversUntil, Pricing::termsOf(license).termEnd);
        // The term stays; the addition applies to it.
        QCOMPARE(result.priced->result.termEnd, Pricing::termsOf(license).termEnd);
        switch (item.kind) {
        case QuoteItemKind::AddDevices:
            QCOMPARE(*result.priced->result.deviceAllowance, *license.deviceAllowance + item.quantity);
            break;
        case QuoteItemKind::AddQuota:
            QCOMPARE(*result.priced->result.scanQuota, *license.scanQuota + item.quantity);
            break;
        case QuoteItemKind::RefreshCadence:
            QCOMPARE(*result.priced->result.deviceRefreshMonths, item.months);
            break;
        case QuoteItemKind::Renewal:
            break;
        }
    }

    void combinedChangesArePricedOnTheResult()
    {
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        const auto license = perDevice(utc("2025-08-01T00:00:00Z"), now.addSecs(73 * kDay));
        const auto result = price(
            license, {QuoteItem::renewal(1), QuoteItem::addDevices(5), QuoteItem::refreshCadence(3)}, now);
        QVERIFY2(result.priced, qPrintable(result.refusal.detail));
        const auto& lines = result.priced->lines;
        QCOMPARE(lines.size(), 3);
        // The renewed year carries the 15 devices and the 3-monthly refresh: 50,000 + 15 × 2,400 + 25,000.
        QCOMPARE(lines.at(0).item, QuoteItem::renewal(1));
        QCOMPARE(lines.at(0).amount, 111000);
        // The rest of the current term pays for the changes alone.
        QCOMPARE(lines.at(1).amount, 2400);
        QCOMPARE(lines.at(2).amount, 5000);
        QCOMPARE(result.priced->total, 111000 + 2400 + 5000);
        const LicenseTerms& terms = result.priced->result;
        QCOMPARE(*terms.deviceAllowance, 15);
        QCOMPARE(*terms.deviceRefreshMonths, 3);
        QCOMPARE(terms.termEnd, now.addSecs(73 * kDay).addYears(1));
    }

    void expiredLicenseChangesRideOnTheRenewal()
    {
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        const auto license = perDevice(utc("2025-03-01T00:00:00Z"), utc("2026-03-01T00:00:00Z"));
        const auto result = price(license, {QuoteItem::addDevices(5), QuoteItem::renewal(1)}, now);
        QVERIFY2(result.priced, qPrintable(result.refusal.detail));
        // No rest of term to prorate to: the devices are paid with the renewed year.
        QCOMPARE(result.priced->lines.at(0).amount, 0);
        QCOMPARE(result.priced->lines.at(0).coversFrom, now);
        QCOMPARE(result.priced->lines.at(0).coversUntil, now);
        QCOMPARE(result.priced->lines.at(1).amount, 50000 + 15 * 2400);
        QCOMPARE(*result.priced->result.deviceAllowance, 15);
        QCOMPARE(result.priced->result.termStart, now);

        // Without a renewal, an expired license takes no change.
        const auto refused = price(license, {QuoteItem::addDevices(5)}, now);
        QVERIFY(!refused.priced);
        QCOMPARE(refused.refusal.status, 409);
        QCOMPARE(QLatin1String(refused.refusal.type), QLatin1String(lp::proto::problem::kNotApplicable));
        QVERIFY2(refused.refusal.detail.contains(QLatin1String("renew it in the same order")),
                 qPrintable(refused.refusal.detail));
    }

    void roundsHalfUpOncePerLine()
    {
        QJsonObject device = perDevicePrice();
        device.insert(QStringLiteral("yearly"), 25);
        device.insert(QStringLiteral("per_device_yearly"), 365);
        QJsonObject scan = perScanPrice();
        scan.insert(QStringLiteral("yearly"), 0);
        scan.insert(QStringLiteral("per_1000_scans"), 1);
        const PriceList list = parse(listJson({device, scan}));
        const QDateTime now = utc("2026-06-01T12:00:00Z");

        // One device for half a day: 365 × 0.5 / 365 = 0.5, up to 1; a day and a half: 1.5, up to 2.
        auto result = price(perDevice(utc("2025-06-01T00:00:00Z"), now.addSecs(kDay / 2), 0),
                            {QuoteItem::addDevices(1)}, now, list);
        QVERIFY(result.priced);
        QCOMPARE(result.priced->total, 1);
        result = price(perDevice(utc("2025-06-01T00:00:00Z"), now.addSecs(3 * kDay / 2), 0),
                       {QuoteItem::addDevices(1)}, now, list);
        QCOMPARE(result.priced->total, 2);
        // Two years of 25 with no devices: 50, 5% off is 2.5, up to 3.
        result = price(perDevice(utc("2025-06-01T00:00:00Z"), utc("2027-06-01T00:00:00Z"), 0),
                       {QuoteItem::renewal(2)}, now, list);
        QCOMPARE(result.priced->lines.first().listPrice, 50);
        QCOMPARE(result.priced->lines.first().discount, 3);
        QCOMPARE(result.priced->lines.first().amount, 47);
        // A quota of 1,250 scans a year at 1 per 1,000 is worth 1.25 a year: two years list at 2.5 → 3,
        // not 2 × round(1.25) = 2.
        result = price(perScan(utc("2025-06-01T00:00:00Z"), utc("2027-06-01T00:00:00Z"), 1250, "annual"),
                       {QuoteItem::renewal(2)}, now, list);
        QCOMPARE(result.priced->lines.first().listPrice, 3);
    }

    void monthEndsStayMonthEnds()
    {
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        auto result = price(perDevice(utc("2026-01-31T00:00:00Z"), utc("2027-01-31T00:00:00Z")),
                            {QuoteItem::renewal(1)}, now);
        QCOMPARE(result.priced->result.termEnd, utc("2028-01-31T00:00:00Z"));
        result = price(perDevice(utc("2025-02-28T00:00:00Z"), utc("2028-02-29T00:00:00Z")),
                       {QuoteItem::renewal(1)}, now);
        QCOMPARE(result.priced->result.termEnd, utc("2029-02-28T00:00:00Z"));
    }

    void fulfilmentAppliesToTheLicenseAsItIsThen()
    {
        const auto terms
            = Pricing::termsOf(perDevice(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z")));
        const QList<QuoteItem> items {QuoteItem::renewal(1), QuoteItem::addDevices(2)};
        // Paid while active: the year follows the term.
        auto after = Pricing::apply(terms, items, utc("2026-12-01T00:00:00Z"));
        QCOMPARE(after.termStart, utc("2026-01-01T00:00:00Z"));
        QCOMPARE(after.termEnd, utc("2028-01-01T00:00:00Z"));
        QCOMPARE(*after.deviceAllowance, 12);
        // Paid after the term ended (a late wire transfer): the year starts then.
        after = Pricing::apply(terms, items, utc("2027-02-10T08:00:00Z"));
        QCOMPARE(after.termStart, utc("2027-02-10T08:00:00Z"));
        QCOMPARE(after.termEnd, utc("2028-02-10T08:00:00Z"));
    }

    void refusals_data()
    {
        QTest::addColumn<LicenseRecord>("license");
        QTest::addColumn<QList<QuoteItem>>("items");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        const QDateTime start = utc("2026-01-01T00:00:00Z");
        const QDateTime end = utc("2027-01-01T00:00:00Z");
        const QString eur = QStringLiteral("EUR");
        QTest::newRow("quota for per device")
            << perDevice(start, end) << QList<QuoteItem> {QuoteItem::addQuota(1000)} << eur
            << QStringLiteral("items[0].kind") << QStringLiteral("licensed per device");
        QTest::newRow("devices for per scan")
            << perScan(start, end, 1000) << QList<QuoteItem> {QuoteItem::renewal(1), QuoteItem::addDevices(1)}
            << eur << QStringLiteral("items[1].kind") << QStringLiteral("licensed per scan");
        QTest::newRow("cadence for per scan")
            << perScan(start, end, 1000) << QList<QuoteItem> {QuoteItem::refreshCadence(3)} << eur
            << QStringLiteral("items[0].kind") << QStringLiteral("no device refresh");
        QTest::newRow("cadence not shorter")
            << perDevice(start, end, 10, 6) << QList<QuoteItem> {QuoteItem::refreshCadence(6)} << eur
            << QStringLiteral("items[0].months") << QStringLiteral("only a shorter");
        QTest::newRow("cadence 12 on 12")
            << perDevice(start, end) << QList<QuoteItem> {QuoteItem::refreshCadence(12)} << eur
            << QStringLiteral("items[0].months") << QStringLiteral("only a shorter");
        LicenseRecord suspended = perDevice(start, end);
        suspended.suspended = true;
        QTest::newRow("suspended") << suspended << QList<QuoteItem> {QuoteItem::renewal(1)} << eur
                                   << QString() << QStringLiteral("suspended");
        QTest::newRow("no price in GBP") << perDevice(start, end) << QList<QuoteItem> {QuoteItem::renewal(1)}
                                         << QStringLiteral("GBP") << QString() << QStringLiteral("in GBP");
    }

    void refusals()
    {
        QFETCH(LicenseRecord, license);
        QFETCH(QList<QuoteItem>, items);
        QFETCH(QString, currency);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const auto result = price(license, items, utc("2026-06-01T12:00:00Z"), standardList(), currency);
        QVERIFY(!result.priced);
        QCOMPARE(result.refusal.status, 409);
        QCOMPARE(QLatin1String(result.refusal.type), QLatin1String(lp::proto::problem::kNotApplicable));
        QVERIFY2(result.refusal.detail.contains(words), qPrintable(result.refusal.detail));
        if (!field.isEmpty()) {
            QCOMPARE(result.refusal.errors.size(), 1);
            QCOMPARE(result.refusal.errors.first().field, field);
        }
    }

    void exactProductWinsOverTheWildcard()
    {
        QJsonObject special = perDevicePrice("EUR", "Barcode Reader SDK");
        special.insert(QStringLiteral("yearly"), 90000);
        const PriceList list = parse(listJson({perDevicePrice(), special}));
        const QDateTime now = utc("2026-06-01T12:00:00Z");
        LicenseRecord license = perDevice(utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"));
        QCOMPARE(price(license, {QuoteItem::renewal(1)}, now, list).priced->total, 90000 + 24000);
        license.product = QStringLiteral("Another Product");
        QCOMPARE(price(license, {QuoteItem::renewal(1)}, now, list).priced->total, 50000 + 24000);
    }

    void priceListValidation_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        const QJsonObject good = listJson({perDevicePrice(), perScanPrice()});
        const auto without = [&good](const char* key) {
            QJsonObject json = good;
            json.remove(QLatin1String(key));
            return json;
        };
        const auto withPrice = [&good](const QJsonObject& entry) {
            QJsonObject json = good;
            json.insert(QStringLiteral("prices"), QJsonArray {entry});
            return json;
        };
        const auto changed = [](QJsonObject entry, const char* key, const QJsonValue& value) {
            if (value.isUndefined()) {
                entry.remove(QLatin1String(key));
            } else {
                entry.insert(QLatin1String(key), value);
            }
            return entry;
        };
        QTest::newRow("no prices") << without("prices") << QStringLiteral("prices is required");
        QTest::newRow("no payee") << without("payee") << QStringLiteral("payee is required");
        QTest::newRow("no validity") << without("quote_validity_minutes")
                                     << QStringLiteral("quote_validity_minutes is required");
        QJsonObject zero = good;
        zero.insert(QStringLiteral("paypal_approval_minutes"), 0);
        QTest::newRow("zero minutes")
            << zero << QStringLiteral("paypal_approval_minutes must be more than 0");
        QJsonObject discount = good;
        discount.insert(QStringLiteral("multi_year_discount_percent"),
                        QJsonObject {{QStringLiteral("4"), 20}});
        QTest::newRow("4 years") << discount
                                 << QStringLiteral("multi_year_discount_percent.4 is not a multi-year term");
        QJsonObject payee = good;
        QJsonObject payeeFields = good.value(QLatin1String("payee")).toObject();
        payeeFields.remove(QStringLiteral("iban"));
        payee.insert(QStringLiteral("payee"), payeeFields);
        QTest::newRow("no iban") << payee << QStringLiteral("payee.iban is required");
        QTest::newRow("no device price") << withPrice(changed(perDevicePrice(), "per_device_yearly", {}))
                                         << QStringLiteral("prices[0].per_device_yearly is required");
        QTest::newRow("yen") << withPrice(perDevicePrice("JPY"))
                             << QStringLiteral("prices[0].currency must be one of EUR, USD, GBP, CHF");
        QTest::newRow("negative") << withPrice(changed(perScanPrice(), "yearly", -1))
                                  << QStringLiteral("prices[0].yearly must be between 0 and");
        QTest::newRow("fraction of a cent") << withPrice(changed(perScanPrice(), "per_1000_scans", 3.5))
                                            << QStringLiteral("prices[0].per_1000_scans must be an integer");
        QTest::newRow("scan price on a device entry")
            << withPrice(changed(perDevicePrice(), "per_1000_scans", 400))
            << QStringLiteral("prices[0].per_1000_scans applies to per_scan prices only");
        QTest::newRow("3 cheaper than 6")
            << withPrice(changed(perDevicePrice(), "cadence_surcharge_yearly",
                                 QJsonObject {{QStringLiteral("6"), 10000}, {QStringLiteral("3"), 5000}}))
            << QStringLiteral(
                   "prices[0].cadence_surcharge_yearly.3 must be at least the 6-monthly surcharge");
        QTest::newRow("unknown type")
            << withPrice(changed(perScanPrice(), "type", QStringLiteral("per_seat")))
            << QStringLiteral("prices[0].type must be per_device or per_scan");
        QJsonObject twice = good;
        twice.insert(QStringLiteral("prices"), QJsonArray {perScanPrice(), perDevicePrice(), perScanPrice()});
        QTest::newRow("twice") << twice
                               << QStringLiteral("prices[2] repeats the per_scan price of \"*\" in EUR");
    }

    void priceListValidation()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        const QString actual = errorOf(json);
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void priceListFiles()
    {
        QString error;
        // The built-in list prices both types in EUR and USD.
        const auto builtIn = PriceList::load(QString(), &error);
        QVERIFY2(builtIn, qPrintable(error));
        for (const char* currency : {"EUR", "USD"}) {
            QVERIFY(
                builtIn->find(QStringLiteral("Any"), QStringLiteral("per_device"), QLatin1String(currency)));
            QVERIFY(
                builtIn->find(QStringLiteral("Any"), QStringLiteral("per_scan"), QLatin1String(currency)));
        }
        QVERIFY(!builtIn->payee().iban.isEmpty());

        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(!PriceList::load(missing, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The price list %1 cannot be read").arg(missing)),
                 qPrintable(error));

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"prices\": [");
        broken.close();
        QVERIFY(!PriceList::load(broken.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("is not valid: the file is not valid JSON")),
                 qPrintable(error));

        // Fractions of a minute, for tests that need a quote or an approval to expire soon.
        QJsonObject quick = listJson({perScanPrice()});
        quick.insert(QStringLiteral("quote_validity_minutes"), 0.05);
        quick.insert(QStringLiteral("offline_payment_days"), 0.5);
        const PriceList list = parse(quick);
        QCOMPARE(list.quoteValiditySeconds(), 3);
        QCOMPARE(list.offlinePaymentSeconds(), 12 * 3600);
        QCOMPARE(list.multiYearDiscountPercent(1), 0);
        QCOMPARE(list.multiYearDiscountPercent(3), 10);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "test_pricing.moc"
