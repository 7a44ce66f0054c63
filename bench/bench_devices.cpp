// The devices pane at scale: a license with a million devices (LP_BENCH_FLEET, default 1,000,000) on a local
// license-server, and the real pane (DevicesPane, DeviceListModel) offscreen. Prints, never asserts:
//   - opening the license to its first page painted (median, p95);
//   - a search keystroke to the updated rows painted (median, p95);
//   - jumping to the end of the list (Ctrl+End until every device is loaded): time and pages;
//   - the client's peak memory (VmHWM) with every device loaded.
//
//   bench_devices                    (LP_SERVER_BINARY names the license-server binary)
// LP_BENCH_DB=path reuses (or creates and keeps) the seeded SQLite file: seeding a million devices takes
// about a minute.
#include "ApiClient.h"
#include "BenchSupport.h"
#include "Clock.h"
#include "DeviceListModel.h"
#include "DeviceOverview.h"
#include "DevicesPane.h"
#include "LicenseModel.h"
#include "LicenseService.h"
#include "TestServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <functional>

using bench::memoryKiB;
using bench::PaintProbe;
using bench::report;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int fleet = qEnvironmentVariableIsSet("LP_BENCH_FLEET")
        ? qEnvironmentVariableIntValue("LP_BENCH_FLEET")
        : 1000000;
    const QString dbPath = qEnvironmentVariable("LP_BENCH_DB");

    std::printf("devices pane with a fleet of %d devices, QPA %s\n", fleet,
                qgetenv("QT_QPA_PLATFORM").constData());
    std::fflush(stdout);
    std::unique_ptr<TestServer> server
        = dbPath.isEmpty() ? std::make_unique<TestServer>() : std::make_unique<TestServer>(dbPath);
    server->setStartTimeout(15 * 60 * 1000);
    QElapsedTimer seeding;
    seeding.start();
    if (!server->start(
            {QStringLiteral("--demo"), QStringLiteral("--demo-fleet-size"), QString::number(fleet)})) {
        std::fprintf(stderr, "cannot start license-server (set LP_SERVER_BINARY): %s\n",
                     qPrintable(server->log()));
        return 1;
    }
    std::printf("server ready (seeding included, if any) in %.1f s\n",
                static_cast<double>(seeding.elapsed()) / 1000);

    lp::SystemClock clock;
    lp::ApiClient api;
    api.setBaseUrl(server->baseUrl());
    QSignalSpy login(api.login(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")),
                     &lp::ApiJob::finished);
    if (!login.wait(30000) || !api.hasRefreshToken()) {
        std::fprintf(stderr, "cannot sign in as the demo user\n");
        return 1;
    }
    lp::LicenseModel licenses(&clock);
    lp::LicenseService service(&api, &licenses, &clock);
    QSignalSpy refreshed(&service, &lp::LicenseService::refreshed);
    service.refresh();
    if (!refreshed.wait(30000)) {
        std::fprintf(stderr, "cannot load the licenses\n");
        return 1;
    }
    QString fleetId;
    QString smallId;
    for (const auto& license : licenses.licenses()) {
        if (license.product == QLatin1String("Retail Handheld Fleet")) {
            fleetId = license.id;
        } else if (license.type == lp::proto::LicenseType::PerDevice && smallId.isEmpty()) {
            smallId = license.id;
        }
    }

    lp::DeviceListModel devices(&api, &clock);
    lp::DeviceOverview overview(&api, QString());
    lp::ui::DevicesPane pane(&licenses, &devices, &overview, &api, &clock);
    pane.resize(1280, 800);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane)) {
        std::fprintf(stderr, "the pane was not shown\n");
        return 1;
    }
    PaintProbe probe;
    pane.table()->viewport()->installEventFilter(&probe);
    // Waits until no page is loading; a minute without an answer ends the benchmark.
    const auto settle = [&devices] {
        if (!QTest::qWaitFor([&devices] { return !devices.isLoading(); }, 60000)) {
            std::fprintf(stderr, "no answer from the server within a minute\n");
            std::exit(1);
        }
    };
    const auto measure = [&probe](const std::function<void()>& action, const std::function<bool()>& ready) {
        return probe.measure(action, ready);
    };

    // 1. Open the fleet (from another license) until its first page is painted.
    QList<double> firstPage;
    for (int run = 0; run < 15; ++run) {
        pane.selectLicense(smallId);
        settle();
        QTest::qWait(20);
        const double ms = measure([&] { pane.selectLicense(fleetId); },
                                  [&] { return devices.licenseId() == fleetId && devices.rowCount() > 0; });
        if (ms >= 0) {
            firstPage.append(ms);
        }
    }
    report("open license -> first page painted", firstPage);

    // 2. Search keystrokes: names, a hash prefix, a platform, with backspaces.
    auto* search = pane.findChild<QLineEdit*>(QStringLiteral("deviceSearchEdit"));
    QList<double> keystrokes;
    // Words without spaces: a trailing space changes no query, so it would paint nothing to wait for.
    const QStringList words {
        QStringLiteral("handheld-04217"), QStringLiteral("3fa9c1"), QStringLiteral("ios"),
        QStringLiteral("HANDHELD-9"),     QStringLiteral("a0b"),    QStringLiteral("android")};
    const auto shows = [&devices](const QString& text) {
        return [&devices, text] { return !devices.isLoading() && devices.query().search == text; };
    };
    for (const QString& word : words) {
        search->clear();
        settle();
        for (qsizetype i = 0; i < word.size(); ++i) {
            const double ms
                = measure([&] { QTest::keyClicks(search, word.mid(i, 1)); }, shows(word.left(i + 1)));
            if (ms >= 0) {
                keystrokes.append(ms);
            }
        }
        for (qsizetype back = 1; back <= 2; ++back) {
            const double ms = measure([&] { QTest::keyClick(search, Qt::Key_Backspace); },
                                      shows(word.left(word.size() - back)));
            if (ms >= 0) {
                keystrokes.append(ms);
            }
        }
    }
    report("search keystroke -> updated rows painted", keystrokes);
    search->clear();
    settle();
    std::printf("%-44s %ld MiB resident, first page loaded\n", "client memory", memoryKiB("VmRSS:") / 1024);

    // 3. Jump to the end: Ctrl+End until the list is complete (each press loads the next page).
    QElapsedTimer jump;
    jump.start();
    int pages = 0;
    while (!devices.isComplete()) {
        QEventLoop page;
        QObject::connect(&devices, &lp::DeviceListModel::pageLoaded, &page, &QEventLoop::quit);
        QObject::connect(&devices, &lp::DeviceListModel::loadFailed, &page, &QEventLoop::quit);
        QTest::keyClick(pane.table(), Qt::Key_End, Qt::ControlModifier);
        if (devices.isLoading()) {
            page.exec();
        }
        ++pages;
    }
    QTest::qWait(1);
    const double jumpSeconds = static_cast<double>(jump.elapsed()) / 1000;
    std::printf("%-44s %.1f s for %d rows in %d requests (%.1f ms a page)\n",
                "jump to the end (Ctrl+End until complete)", jumpSeconds, devices.rowCount(), pages,
                jumpSeconds * 1000 / std::max(1, pages));
    std::printf("%-44s %ld MiB peak (VmHWM), %ld MiB resident with %d devices loaded\n", "client memory",
                memoryKiB("VmHWM:") / 1024, memoryKiB("VmRSS:") / 1024, devices.rowCount());
    return 0;
}
