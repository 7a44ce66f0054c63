// Usage history at scale: the demo's 100,000-device fleet (LP_BENCH_FLEET) with three years of daily scans
// in six formats, on a local license-server. Prints, never asserts, the server time of
// GET /v1/licenses/{id}/usage over the three years at each granularity (measured at the client over
// loopback on a kept-alive connection, so it includes HTTP and JSON), and the size of the answer.
//
//   bench_usage                      (LP_SERVER_BINARY names the license-server binary)
#include "BenchSupport.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <ApiPaths.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <UsageQuery.h>
#include <algorithm>
#include <cstdio>

using bench::percentile;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int fleet = qEnvironmentVariableIsSet("LP_BENCH_FLEET")
        ? qEnvironmentVariableIntValue("LP_BENCH_FLEET")
        : 100000;
    constexpr int kDays = 3 * 365 + 1;
    constexpr int kSamples = 40;
    TestServer server;
    server.setStartTimeout(600000);
    if (!server.start(
            {QStringLiteral("--demo"), QStringLiteral("--demo-fleet-size"), QString::number(fleet)})) {
        std::fprintf(stderr, "bench_usage: the server did not start\n");
        return 1;
    }
    const QString licenseId
        = server.sql(QStringLiteral("SELECT id FROM licenses WHERE handshake_code = '100000-100000'"))
              .toString();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = today.addDays(1 - kDays);
    // Three years of six formats a day, replacing the demo's 18 months.
    server.sql(QStringLiteral("DELETE FROM scan_usage_daily WHERE license_id = ?"), {licenseId});
    server.sql(
        QStringLiteral("INSERT INTO scan_usage_daily (license_id, day, format, count)"
                       " WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < ?)"
                       " SELECT ?, ? + n * 86400, f.format, 1000 + (n * 37 + length(f.format) * 101) % 900"
                       " FROM d, (SELECT 'QR_CODE' AS format UNION ALL SELECT 'CODE_128'"
                       " UNION ALL SELECT 'EAN_13' UNION ALL SELECT 'DATA_MATRIX' UNION ALL SELECT 'PDF_417'"
                       " UNION ALL SELECT 'UPC_A') f"),
        {kDays - 1, licenseId, QDateTime(first, QTime(0, 0), Qt::UTC).toSecsSinceEpoch()});
    const qint64 rows
        = server
              .sql(QStringLiteral("SELECT COUNT(*) FROM scan_usage_daily WHERE license_id = ?"), {licenseId})
              .toLongLong();
    std::printf("usage over 3 years (%d days, %lld usage rows) of a fleet of %d devices\n", kDays,
                static_cast<long long>(rows), fleet);

    QNetworkAccessManager network;
    const QByteArray bearer = signInBearer(network, server.baseUrl(), QStringLiteral("demo@example.com"),
                                           QStringLiteral("demo-portal-2026"));
    for (const auto granularity : {lp::proto::UsageGranularity::Day, lp::proto::UsageGranularity::Week,
                                   lp::proto::UsageGranularity::Month}) {
        const lp::proto::UsageQuery query {first, today, granularity};
        const QString path = QLatin1String(lp::api::kLicenses) + QLatin1Char('/') + licenseId
            + QLatin1String(lp::api::kUsageSuffix) + QLatin1Char('?')
            + query.toQuery().toString(QUrl::FullyEncoded);
        QList<double> ms;
        qsizetype bytes = 0;
        for (int i = 0; i < kSamples + 1; ++i) {
            QElapsedTimer timer;
            timer.start();
            const HttpReply reply
                = sendHttp(network, server.baseUrl(), "GET", path, {}, {}, {{"Authorization", bearer}});
            const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (reply.status != 200) {
                std::fprintf(stderr, "bench_usage: %d %s\n", reply.status, reply.body.left(300).constData());
                return 1;
            }
            bytes = reply.body.size();
            if (i > 0) { // the first warms the caches
                ms.append(elapsed);
            }
        }
        std::printf(
            "GET usage granularity=%-5s  median %6.1f ms   p95 %6.1f ms   (%d samples, %lld KiB answer)\n",
            qPrintable(lp::proto::toWire(granularity)), percentile(ms, 0.5), percentile(ms, 0.95), kSamples,
            static_cast<long long>(bytes / 1024));
    }
    return 0;
}
