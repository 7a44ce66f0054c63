// Client start-up: wall time from launching a process to its first painted main window, for
// license-portal's real window (PortalController, against a demo license-server on loopback) and for a
// bare QMainWindow on the same machine as the reference. Prints figures; asserts nothing.
//
//   bench_startup [--runs N]       (LP_SERVER_BINARY must name the license-server binary)
#include "MainWindow.h"
#include "PortalController.h"
#include "TestServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

// Reports the first paint of a widget on stdout, then quits.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::printf("painted\n");
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int runBare(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    FirstPaintProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}

int runPortal(int argc, char** argv, const QString& server, const QString& settingsPath)
{
    QApplication app(argc, argv);
    lp::ui::PortalController::Options options;
    options.serverOverride = QUrl(server);
    options.settingsPath = settingsPath;
    options.silentSignIn = false;
    lp::ui::PortalController portal(options);
    FirstPaintProbe probe;
    portal.mainWindow()->installEventFilter(&probe);
    portal.start();
    return app.exec();
}

// Launches this program in `mode` `runs` times; returns the wall times in milliseconds.
QList<double> measure(const QString& self, const QStringList& modeArgs, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(self, modeArgs);
        bool painted = false;
        while (!painted && child.waitForReadyRead(30000)) {
            painted = child.readAll().contains("painted");
        }
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        child.waitForFinished(10000);
        if (painted) {
            times.append(ms);
        }
    }
    std::sort(times.begin(), times.end());
    return times;
}

void report(const char* name, const QList<double>& times)
{
    if (times.isEmpty()) {
        std::printf("%-34s no run painted a window\n", name);
        return;
    }
    std::printf("%-34s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%lld runs)\n", name,
                times.at(times.size() / 2), times.first(), times.last(),
                static_cast<long long>(times.size()));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--bare") == 0) {
        return runBare(argc, argv);
    }
    if (argc >= 4 && qstrcmp(argv[1], "--portal") == 0) {
        return runPortal(argc, argv, QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    int runs = 9;
    if (argc >= 3 && qstrcmp(argv[1], "--runs") == 0) {
        runs = std::max(1, QByteArray(argv[2]).toInt());
    }
    QCoreApplication app(argc, argv);
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    TestServer server;
    if (!server.start({QStringLiteral("--demo")})) {
        std::fprintf(stderr, "cannot start license-server (set LP_SERVER_BINARY)\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString self = QCoreApplication::applicationFilePath();
    std::printf("start-up to first painted main window, %d runs each, QPA %s\n", runs,
                qgetenv("QT_QPA_PLATFORM").constData());
    report("bare QMainWindow", measure(self, {QStringLiteral("--bare")}, runs));
    report("license-portal (demo server)",
           measure(self,
                   {QStringLiteral("--portal"), server.baseUrl().toString(),
                    dir.filePath(QStringLiteral("s.ini"))},
                   runs));
    return 0;
}
