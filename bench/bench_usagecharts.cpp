// The usage pane's charts: the real UsagePane offscreen against a local `license-server --demo`, on the
// demo's per-scan key with 18 months of daily usage (and, for the allowance chart, the per-device
// "Warehouse Scanner Fleet"). Prints, never asserts:
//   - a range change to the trend chart painted with the new range (request, JSON, models, charts);
//   - redrawing every chart of the pane from loaded data and painting it (the client's own part).
//
//   bench_usagecharts                (LP_SERVER_BINARY names the license-server binary)
#include "ApiClient.h"
#include "BenchSupport.h"
#include "Clock.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "QuotaOverview.h"
#include "TestServer.h"
#include "UsageModel.h"
#include "UsagePane.h"

#include <QApplication>
#include <QChartView>
#include <QSignalSpy>
#include <QtTest>

using bench::PaintProbe;
using bench::report;
using Range = lp::ui::UsagePane::Range;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    TestServer server;
    if (!server.start(
            {QStringLiteral("--demo"), QStringLiteral("--demo-fleet-size"), QStringLiteral("2500")})) {
        std::fprintf(stderr, "cannot start license-server (set LP_SERVER_BINARY): %s\n",
                     qPrintable(server.log()));
        return 1;
    }
    lp::SystemClock clock;
    lp::ApiClient api;
    api.setBaseUrl(server.baseUrl());
    QSignalSpy login(api.login(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")),
                     &lp::ApiJob::finished);
    lp::LicenseModel licenses(&clock);
    lp::LicenseService service(&api, &licenses, &clock);
    QSignalSpy refreshed(&service, &lp::LicenseService::refreshed);
    if (!login.wait(30000) || !api.hasRefreshToken() || (service.refresh(), !refreshed.wait(30000))) {
        std::fprintf(stderr, "cannot sign in as the demo user and load the licenses\n");
        return 1;
    }
    const auto idOf = [&licenses](const char* product) {
        for (const auto& license : licenses.licenses()) {
            if (license.product == QString::fromUtf8(product)) {
                return license.id;
            }
        }
        return QString();
    };

    lp::UsageModel usage(&api);
    lp::QuotaOverview quota(&api, &clock);
    lp::ui::UsagePane pane(&licenses, &usage, &quota, &api, &clock);
    pane.resize(1280, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane)) {
        std::fprintf(stderr, "the pane was not shown\n");
        return 1;
    }
    auto* trend = pane.findChild<QChartView*>(QStringLiteral("usageTrendChart"));
    PaintProbe probe;
    trend->viewport()->installEventFilter(&probe);
    const auto loadedAsChosen = [&usage, &pane] {
        const auto query = pane.query();
        return !usage.isLoading() && usage.report().from == query.from
            && usage.report().granularity == query.granularity;
    };

    const QList<std::pair<Range, const char*>> ranges {{Range::Days30, "30 days by day"},
                                                       {Range::Days90, "90 days by day"},
                                                       {Range::Months12, "12 months by week"},
                                                       {Range::Months18, "18 months by month"},
                                                       {Range::Years3, "3 years by month"}};
    for (const char* product : {"Barcode Reader SDK \u2013 Server", "Warehouse Scanner Fleet"}) {
        if (!pane.selectLicense(idOf(product))) {
            std::fprintf(stderr, "the demo has no license %s\n", product);
            return 1;
        }
        if (!QTest::qWaitFor([&] { return !usage.isLoading() && usage.rowCount() > 0; }, 30000)) {
            std::fprintf(stderr, "no usage for %s\n", product);
            return 1;
        }
        std::printf("%s\n", product);
        for (const auto& [range, name] : ranges) {
            QList<double> change;
            QList<double> redraw;
            for (int run = 0; run < 12; ++run) {
                // From another range, so that every change loads.
                pane.setRange(range == Range::Days30 ? Range::Days90 : Range::Days30);
                if (!QTest::qWaitFor(loadedAsChosen, 30000)) {
                    std::fprintf(stderr, "no answer within 30 s\n");
                    return 1;
                }
                const double ms = probe.measure([&] { pane.setRange(range); }, loadedAsChosen);
                if (ms >= 0) {
                    change.append(ms);
                }
                QElapsedTimer timer;
                timer.start();
                pane.redraw();
                pane.repaint();
                redraw.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            std::printf("  %-18s (%3d points)\n", name, usage.rowCount());
            std::fflush(stdout);
            report("    range change -> trend painted", change);
            report("    redraw all charts and paint", redraw);
        }
    }
    return 0;
}
