#include "DemoData.h"

#include "Clock.h"
#include "Database.h"
#include "DeviceRules.h"
#include "LicenseCalendar.h"
#include "OrderService.h"
#include "PasswordHasher.h"
#include "PriceList.h"
#include "Pricing.h"
#include "QuotaRules.h"
#include "SecureRandom.h"
#include "Storage.h"
#include "Transaction.h"

#include <License.h>
#include <Payments.h>
#include <QCryptographicHash>
#include <QStringList>
#include <array>
#include <cmath>

namespace lp::server {

namespace {
constexpr qint64 kDay = 24 * 3600;
// Held while seeding so that several processes started with --demo at once seed exactly once.
constexpr qint64 kDemoLockKey = 0x4c50'4445'4d4f'0001LL;

struct DeviceProfile
{
    QString namePrefix;
    QStringList platforms;
    QStringList sdkVersions;
};

qint64 randomBetween(qint64 low, qint64 high)
{
    return high <= low ? low : low + SecureRandom::below(static_cast<quint32>(high - low));
}

QString uniqueHandshakeCode(Storage& storage)
{
    for (;;) {
        const QString code = SecureRandom::handshakeCode();
        if (!storage.handshakeCodeExists(code)) {
            return code;
        }
    }
}

LicenseRecord newLicense(Storage& storage, const QString& accountId, const QString& product,
                         lp::proto::LicenseType type, const QDateTime& termStart, const QDateTime& termEnd,
                         qint64 now)
{
    LicenseRecord license;
    license.id = SecureRandom::id("lic_");
    license.accountId = accountId;
    license.product = product;
    license.handshakeCode = uniqueHandshakeCode(storage);
    license.licenseKey = SecureRandom::licenseKey();
    license.type = lp::proto::toWire(type);
    license.termStart = termStart.toSecsSinceEpoch();
    license.termEnd = termEnd.toSecsSinceEpoch();
    license.createdAt = now;
    return license;
}

QString randomDeviceHash()
{
    return QString::fromLatin1(
        QCryptographicHash::hash(SecureRandom::bytes(32), QCryptographicHash::Sha256).toHex());
}

QString pick(const QStringList& values)
{
    return values.at(static_cast<int>(SecureRandom::below(static_cast<quint32>(values.size()))));
}

// Like a real fleet: most devices checked in today, some are offline within their lease, a tail has been
// silent for weeks or months.
qint64 recentCheckIn(qint64 now)
{
    const quint32 dice = SecureRandom::below(100);
    if (dice < 70) {
        return randomBetween(now - kDay + 60, now);
    }
    if (dice < 90) {
        return randomBetween(now - 7 * kDay + 60, now - kDay);
    }
    return randomBetween(now - 120 * kDay, now - 7 * kDay);
}

void addDevices(Storage& storage, const LicenseRecord& license, int active, int released,
                const DeviceProfile& profile, qint64 now)
{
    QList<Storage::Device> devices;
    const int digits
        = QString::number(active + released).size() < 3 ? 3 : QString::number(active + released).size();
    for (int i = 0; i < active + released; ++i) {
        Storage::Device device;
        device.id = SecureRandom::id("dev_");
        device.licenseId = license.id;
        device.deviceHash = randomDeviceHash();
        device.name
            = QStringLiteral("%1-%2").arg(profile.namePrefix).arg(i + 1, digits, 10, QLatin1Char('0'));
        device.platform = pick(profile.platforms);
        device.sdkVersion = pick(profile.sdkVersions);
        device.lastSeen = std::max(license.termStart, recentCheckIn(now));
        device.firstSeen = randomBetween(license.termStart, device.lastSeen);
        if (i >= active) {
            // Released by the last refresh: not seen since the refresh before it.
            const auto schedule = DeviceRules::refreshScheduleOf(license);
            const qint64 previous
                = LicenseCalendar::addMonths(schedule.lastRun, -schedule.months).toSecsSinceEpoch();
            device.lastSeen = randomBetween(license.termStart, std::max(license.termStart, previous - kDay));
            device.firstSeen = randomBetween(license.termStart, device.lastSeen);
            device.releasedAt = schedule.lastRun.toSecsSinceEpoch();
        }
        devices.append(device);
        // In slices, so that a fleet of millions needs no more memory than a slice.
        if (devices.size() == 10000) {
            storage.insertDevices(devices);
            devices.clear();
        }
    }
    storage.insertDevices(devices);
}

// 18 months of daily scans up to `lastDay` (fewer if the term started later): busy weekdays and
// quiet weekends, growth of about 4% a month, some day-to-day noise, and a format mix drifting towards QR
// codes. Scaled so that the days from `calibrateFrom` to `lastDay` sum to exactly `calibratedTotal` (the
// share of the current quota period the demo wants to show).
void addUsageHistory(Storage& storage, const LicenseRecord& license, qint64 lastDay, qint64 calibrateFrom,
                     qint64 calibratedTotal)
{
    struct FormatShare
    {
        const char* format;
        double start; // share 18 months ago
        double drift; // change of the share over the 18 months
    };
    static const std::array<FormatShare, 6> mix {{
        {"QR_CODE", 0.30, 0.12},
        {"CODE_128", 0.26, -0.04},
        {"EAN_13", 0.20, -0.04},
        {"DATA_MATRIX", 0.10, 0.0},
        {"PDF_417", 0.08, -0.04},
        {"UPC_A", 0.06, 0.0},
    }};
    static const std::array<double, 7> weekday {1.0, 1.08, 1.1, 1.05, 0.92, 0.34, 0.18}; // Monday first
    const qint64 firstDay
        = std::max(LicenseCalendar::dayOf(LicenseCalendar::addMonths(Clock::fromSeconds(lastDay), -18)),
                   LicenseCalendar::dayOf(Clock::fromSeconds(license.termStart)));
    const auto dayCount = static_cast<qsizetype>((lastDay - firstDay) / kDay + 1);
    QList<double> weights;
    double calibratedWeight = 0;
    for (qsizetype d = 0; d < dayCount; ++d) {
        const qint64 day = firstDay + d * kDay;
        const double months = static_cast<double>(d) / 30.44;
        const double noise = 0.85 + 0.3 * SecureRandom::below(1000) / 1000.0;
        const double weight
            = std::pow(1.04, months) * weekday[Clock::fromSeconds(day).date().dayOfWeek() - 1] * noise;
        weights.append(weight);
        if (day >= calibrateFrom) {
            calibratedWeight += weight;
        }
    }
    const double scale = calibratedWeight > 0 ? static_cast<double>(calibratedTotal) / calibratedWeight : 0;
    qint64 calibratedLeft = calibratedTotal;
    for (qsizetype d = 0; d < dayCount; ++d) {
        const qint64 day = firstDay + d * kDay;
        qint64 dayTotal = std::llround(weights.at(d) * scale);
        if (day >= calibrateFrom) {
            dayTotal = day == lastDay ? calibratedLeft : std::min(dayTotal, calibratedLeft);
            calibratedLeft -= dayTotal;
        }
        const double progress = static_cast<double>(d) / static_cast<double>(dayCount);
        qint64 dayLeft = dayTotal;
        for (std::size_t f = 0; f < mix.size(); ++f) {
            const double share = mix[f].start + mix[f].drift * progress;
            const qint64 count
                = f + 1 == mix.size() ? dayLeft : std::llround(static_cast<double>(dayTotal) * share);
            if (count > 0) {
                storage.addScanUsage(license.id, day, QString::fromLatin1(mix[f].format),
                                     std::min(count, dayLeft));
            }
            dayLeft -= std::min(count, dayLeft);
        }
    }
}

// Usage history of a per-scan license whose current quota period (its last one, once expired) is
// `fraction` used by today.
void seedQuotaUsage(Storage& storage, const LicenseRecord& license, const QDateTime& now, double fraction)
{
    const auto [firstDay, endDay] = QuotaRules::daysOf(QuotaRules::periodOf(license, now));
    const qint64 lastDay = std::min(LicenseCalendar::dayOf(now), endDay - kDay);
    addUsageHistory(storage, license, lastDay, firstDay,
                    static_cast<qint64>(static_cast<double>(license.scanQuota.value_or(0)) * fraction));
}

// One order of the demo's history, priced as the server would have priced it at `at` for the license as it
// was then (`then`); inserted awaiting payment (with an invoice for a wire transfer), for the caller to
// settle.
OrderRecord seedOrder(Storage& storage, const PriceList& prices, const LicenseRecord& then,
                      const QList<lp::proto::QuoteItem>& items, lp::proto::PaymentMethod method, qint64 at)
{
    CheckoutRefusal refusal;
    const auto priced
        = Pricing::price(prices, then, QStringLiteral("EUR"), items, Clock::fromSeconds(at), &refusal);
    if (!priced) {
        throw std::runtime_error("a demo order could not be priced: " + refusal.detail.toStdString());
    }
    QuoteRecord quote;
    quote.id = SecureRandom::id("quo_");
    quote.accountId = then.accountId;
    quote.licenseId = then.id;
    quote.lines = priced->lines;
    quote.total = priced->total;
    quote.currency = QStringLiteral("EUR");
    quote.current = priced->current;
    quote.result = priced->result;
    quote.createdAt = at - 120;
    quote.expiresAt = quote.createdAt + prices.quoteValiditySeconds();
    storage.insertQuote(quote);

    OrderRecord order;
    order.id = SecureRandom::id("ord_");
    order.accountId = then.accountId;
    order.licenseId = then.id;
    order.quoteId = quote.id;
    order.idempotencyKey = SecureRandom::id("demo_");
    order.requestHash = QStringLiteral("demo");
    order.method = method;
    order.lines = quote.lines;
    order.total = quote.total;
    order.currency = quote.currency;
    order.createdAt = at;
    order.updatedAt = at;
    order.result = priced->result;
    if (method == lp::proto::PaymentMethod::WireTransfer) {
        const auto& payee = prices.payee();
        lp::proto::ProFormaInvoice invoice;
        invoice.number = QStringLiteral("PF-%1-%2")
                             .arg(Clock::fromSeconds(at).date().year())
                             .arg(storage.nextDocumentNumber(
                                      QStringLiteral("PF-%1").arg(Clock::fromSeconds(at).date().year())),
                                  6, 10, QLatin1Char('0'));
        invoice.issuedAt = Clock::fromSeconds(at);
        invoice.dueAt = Clock::fromSeconds(at + prices.offlinePaymentSeconds());
        invoice.paymentReference = OrderService::randomPaymentReference();
        invoice.payee = payee.name;
        invoice.bankName = payee.bankName;
        invoice.iban = payee.iban;
        invoice.bic = payee.bic;
        order.invoice = invoice;
        order.expiresAt = invoice.dueAt.toSecsSinceEpoch();
    }
    storage.insertOrder(order);
    return order;
}

lp::proto::Receipt demoReceipt(Storage& storage, qint64 at, const QString& paidWith)
{
    const int year = Clock::fromSeconds(at).date().year();
    lp::proto::Receipt receipt;
    receipt.number
        = QStringLiteral("RC-%1-%2")
              .arg(year)
              .arg(storage.nextDocumentNumber(QStringLiteral("RC-%1").arg(year)), 6, 10, QLatin1Char('0'));
    receipt.paidAt = Clock::fromSeconds(at);
    receipt.paidWith = paidWith;
    return receipt;
}
} // namespace

bool DemoData::seed(Storage& storage, const Clock& clock, const PasswordHasher& hasher,
                    const PriceList& prices, int fleetDevices)
{
    using lp::proto::LicenseType;
    const QDateTime now = clock.now();
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    // The KDF runs outside the transaction so that the database lock is held only briefly.
    const QString passwordHash = hasher.hash(QLatin1String(kPassword));

    Transaction transaction(storage.database());
    storage.database().lockForTransaction(kDemoLockKey);
    if (storage.userByEmail(QLatin1String(kEmail))) {
        return false;
    }
    const QString accountId = SecureRandom::id("acc_");
    storage.insertAccount(accountId, QLatin1String(kAccountName), nowSeconds);
    storage.insertUser({SecureRandom::id("usr_"), accountId, QLatin1String(kAccountName),
                        QLatin1String(kEmail), QStringLiteral("Dana Whitfield"), passwordHash},
                       nowSeconds);

    const DeviceProfile mobile {
        QStringLiteral("Picker"),
        {QStringLiteral("Android 14"), QStringLiteral("Android 13"), QStringLiteral("iOS 17")},
        {QStringLiteral("10.2.1000"), QStringLiteral("10.0.21")}};
    const DeviceProfile fleet {QStringLiteral("Forklift"),
                               {QStringLiteral("Android 14"), QStringLiteral("Android 13")},
                               {QStringLiteral("10.2.1000"), QStringLiteral("9.6.40")}};
    const DeviceProfile desktop {
        QStringLiteral("Dock-PC"),
        {QStringLiteral("Windows 11"), QStringLiteral("Windows 10"), QStringLiteral("macOS 14")},
        {QStringLiteral("10.2.1000")}};

    // 1: per device, nearly full, about seven months left, yearly refresh.
    {
        const QDateTime start = LicenseCalendar::addMonths(now, -5);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Barcode Reader SDK – Mobile"),
                         LicenseType::PerDevice, start, LicenseCalendar::addMonths(start, 12), nowSeconds);
        license.deviceAllowance = 25;
        license.deviceRefreshMonths = 12;
        storage.insertLicense(license);
        addDevices(storage, license, 23, 0, mobile, nowSeconds);
    }
    LicenseRecord serverKey;
    LicenseRecord normalizer;
    LicenseRecord warehouse;
    // 2: per scan, monthly quota, about 62% used in the current period.
    {
        const QDateTime start = LicenseCalendar::addMonths(now, -18).addDays(-20);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Barcode Reader SDK – Server"),
                         LicenseType::PerScan, start, LicenseCalendar::addMonths(start, 26), nowSeconds);
        license.scanQuota = 100000;
        license.quotaPeriod = lp::proto::toWire(lp::proto::QuotaPeriod::Monthly);
        storage.insertLicense(license);
        seedQuotaUsage(storage, license, now, 0.62);
        serverKey = license;
    }
    // 3: per device, expiring in 18 days: the renewal reminder case.
    {
        const QDateTime end = now.addDays(18);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Document Normalizer SDK"),
                         LicenseType::PerDevice, LicenseCalendar::addMonths(end, -12), end, nowSeconds);
        license.deviceAllowance = 10;
        license.deviceRefreshMonths = 12;
        storage.insertLicense(license);
        addDevices(storage, license, 6, 0, desktop, nowSeconds);
        normalizer = license;
    }
    // 4: per scan, expired 40 days ago, with usage in its last period.
    {
        const QDateTime end = now.addDays(-40);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Label Recognizer"), LicenseType::PerScan,
                         LicenseCalendar::addMonths(end, -24), end, nowSeconds);
        license.scanQuota = 50000;
        license.quotaPeriod = lp::proto::toWire(lp::proto::QuotaPeriod::Monthly);
        storage.insertLicense(license);
        seedQuotaUsage(storage, license, now, 0.81);
    }
    // 5: a large per-device fleet on a six-monthly refresh, some devices released by the last refresh.
    {
        const QDateTime start = LicenseCalendar::addMonths(now, -14);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Warehouse Scanner Fleet"),
                         LicenseType::PerDevice, start, LicenseCalendar::addMonths(start, 36), nowSeconds);
        license.deviceAllowance = 200;
        license.deviceRefreshMonths = 6;
        license.lastDeviceRefresh = LicenseCalendar::addMonths(start, 12).toSecsSinceEpoch();
        storage.insertLicense(license);
        addDevices(storage, license, 141, 9, fleet, nowSeconds);
        warehouse = license;
        // Per-device keys count scans too (they are not billed by them): about 3,000 a day lately.
        const qint64 today = LicenseCalendar::dayOf(now);
        addUsageHistory(storage, license, today, today - 27 * kDay, 28 * 3000);
    }
    // 6: per device, suspended (e.g. an unpaid invoice).
    {
        const QDateTime start = LicenseCalendar::addMonths(now, -3);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Barcode Reader SDK – Desktop"),
                         LicenseType::PerDevice, start, LicenseCalendar::addMonths(start, 12), nowSeconds);
        license.deviceAllowance = 5;
        license.deviceRefreshMonths = 3;
        license.suspended = true;
        storage.insertLicense(license);
        addDevices(storage, license, 3, 0, desktop, nowSeconds);
    }
    // 7: per scan with an annual quota, about a third used.
    {
        const QDateTime start = LicenseCalendar::addMonths(now, -28);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Document Viewer – Web"), LicenseType::PerScan,
                         start, LicenseCalendar::addMonths(start, 48), nowSeconds);
        license.scanQuota = 1000000;
        license.quotaPeriod = lp::proto::toWire(lp::proto::QuotaPeriod::Annual);
        storage.insertLicense(license);
        seedQuotaUsage(storage, license, now, 0.34);
    }
    // 8: a fleet of 100,000 handhelds (--demo-fleet-size), to judge the devices pane at scale: most checked
    // in today, some offline within their lease, a few thousand silent for longer, and last year's refresh
    // released some.
    {
        const QDateTime start = LicenseCalendar::addMonths(now, -15);
        auto license
            = newLicense(storage, accountId, QStringLiteral("Retail Handheld Fleet"), LicenseType::PerDevice,
                         start, LicenseCalendar::addMonths(start, 36), nowSeconds);
        if (!storage.handshakeCodeExists(QLatin1String(DemoData::kFleetHandshakeCode))) {
            license.handshakeCode = QLatin1String(DemoData::kFleetHandshakeCode);
        }
        license.deviceAllowance = fleetDevices + fleetDevices / 5;
        license.deviceRefreshMonths = 12;
        license.lastDeviceRefresh = LicenseCalendar::addMonths(start, 12).toSecsSinceEpoch();
        storage.insertLicense(license);
        const DeviceProfile handheld {
            QStringLiteral("Handheld"),
            {QStringLiteral("Android 14"), QStringLiteral("Android 13"), QStringLiteral("Android 12"),
             QStringLiteral("iOS 17"), QStringLiteral("iOS 16"), QStringLiteral("Windows 11 IoT")},
            {QStringLiteral("10.2.1000"), QStringLiteral("10.0.21"), QStringLiteral("9.6.40")}};
        addDevices(storage, license, fleetDevices - 2500, 2500, handheld, nowSeconds);
    }
    // The order history. Last year's card renewal of the server key (its term of 14 months then became 26).
    {
        LicenseRecord then = serverKey;
        then.termEnd
            = LicenseCalendar::addMonths(Clock::fromSeconds(serverKey.termStart), 14).toSecsSinceEpoch();
        const qint64 at = then.termEnd - 30 * kDay;
        const auto order = seedOrder(storage, prices, then, {lp::proto::QuoteItem::renewal(1)},
                                     lp::proto::PaymentMethod::Card, at);
        storage.fulfilOrder(
            order.id,
            demoReceipt(storage, at,
                        lp::proto::card::describe(QStringLiteral("visa"), QStringLiteral("4242"))),
            *order.result, QString(), at);
    }
    // A declined card payment for the renewal of the key that expires soon, two days ago.
    {
        const qint64 at = nowSeconds - 2 * kDay;
        const auto order = seedOrder(storage, prices, normalizer, {lp::proto::QuoteItem::renewal(1)},
                                     lp::proto::PaymentMethod::Card, at);
        storage.closeOrder(order.id, lp::proto::OrderStatus::Declined,
                           {QStringLiteral("card_declined"), QStringLiteral("Your card was declined.")}, at);
    }
    // 50 more devices for the warehouse fleet by wire transfer, ordered three days ago and not paid yet.
    seedOrder(storage, prices, warehouse, {lp::proto::QuoteItem::addDevices(50)},
              lp::proto::PaymentMethod::WireTransfer, nowSeconds - 3 * kDay);
    transaction.commit();
    // The planner picks the right index per sort and search only with statistics of the fleet.
    storage.analyze();
    return true;
}

} // namespace lp::server
