// device-sim: simulated devices for demos, load and benchmarks.
//   device-sim --handshake-code CODE [--server URL] [--devices N] [--concurrency C]
//              [--heartbeats-per-second R --duration S] [--prefix NAME]
#include "DeviceSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace {
void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(
        std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(fraction * double(values.size()))));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("device-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Registers simulated devices under a license and sends heartbeats, for demos and load."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("License server (default %1)."),
                                    QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8080"));
    const QCommandLineOption code(QStringLiteral("handshake-code"),
                                  QStringLiteral("The license's handshake code."), QStringLiteral("code"));
    const QCommandLineOption devices(QStringLiteral("devices"),
                                     QStringLiteral("Devices to register (default 10)."), QStringLiteral("n"),
                                     QStringLiteral("10"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Requests in flight at once (default 16)."),
                                         QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption rate(QStringLiteral("heartbeats-per-second"),
                                  QStringLiteral("Heartbeat rate after registering (default 0: none)."),
                                  QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Seconds of heartbeats (default 0)."),
                                      QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption prefix(
        QStringLiteral("prefix"),
        QStringLiteral("Names devices PREFIX-0001…; the same prefix means the same "
                       "devices (default Sim)."),
        QStringLiteral("name"), QStringLiteral("Sim"));
    const QCommandLineOption scans(
        QStringLiteral("scans-per-heartbeat"),
        QStringLiteral("Barcodes each device sees between heartbeats; those the license's pre-scan settings "
                       "allow are reported as usage (default 0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({server, code, devices, concurrency, rate, duration, prefix, scans});
    parser.process(app);

    lp::tools::DeviceSimulator::Options options;
    options.server = QUrl(parser.value(server));
    options.handshakeCode = parser.value(code);
    options.prefix = parser.value(prefix);
    bool countsOk = false;
    bool concurrencyOk = false;
    bool rateOk = false;
    bool durationOk = false;
    options.devices = parser.value(devices).toInt(&countsOk);
    options.concurrency = parser.value(concurrency).toInt(&concurrencyOk);
    options.heartbeatsPerSecond = parser.value(rate).toDouble(&rateOk);
    options.durationSeconds = parser.value(duration).toInt(&durationOk);
    bool scansOk = false;
    options.scansPerHeartbeat = parser.value(scans).toInt(&scansOk);
    if (options.handshakeCode.isEmpty() || !options.server.isValid() || options.server.host().isEmpty()
        || !countsOk || options.devices < 1 || !concurrencyOk || options.concurrency < 1
        || options.concurrency > 1024 || !rateOk || options.heartbeatsPerSecond < 0 || !durationOk
        || options.durationSeconds < 0 || !scansOk || options.scansPerHeartbeat < 0
        || options.scansPerHeartbeat > 100000) {
        printLine(
            stderr,
            QStringLiteral("device-sim: give --handshake-code, a server URL, --devices ≥ 1, "
                           "--concurrency 1…1024, non-negative rates and --scans-per-heartbeat ≤ 100000. "
                           "Try device-sim --help."));
        return 2;
    }

    lp::tools::DeviceSimulator simulator(options);
    QObject::connect(&simulator, &lp::tools::DeviceSimulator::progress,
                     [](const QString& line) { printLine(stderr, QStringLiteral("device-sim: ") + line); });
    QObject::connect(&simulator, &lp::tools::DeviceSimulator::finished, &app, &QCoreApplication::quit);
    simulator.start();
    app.exec();

    const auto& counts = simulator.counts();
    printLine(stdout,
              QStringLiteral("registered %1 new, %2 known, %3 refused, %4 failed")
                  .arg(counts.registered)
                  .arg(counts.reregistered)
                  .arg(counts.refused)
                  .arg(counts.failed));
    for (const QString& problem : counts.firstProblems) {
        printLine(stdout, QStringLiteral("refused: ") + problem);
    }
    if (options.heartbeatsPerSecond > 0 && options.durationSeconds > 0) {
        printLine(stdout,
                  QStringLiteral("heartbeats %1 ok, %2 failed, %3/s, p50 %4 ms, p99 %5 ms")
                      .arg(counts.heartbeats)
                      .arg(counts.heartbeatsFailed)
                      .arg(double(counts.heartbeats) / options.durationSeconds, 0, 'f', 1)
                      .arg(percentile(counts.heartbeatMs, 0.5), 0, 'f', 2)
                      .arg(percentile(counts.heartbeatMs, 0.99), 0, 'f', 2));
    }
    if (options.scansPerHeartbeat > 0) {
        printLine(stdout,
                  QStringLiteral("scans %1 counted, %2 skipped by the pre-scan settings, %3 refused "
                                 "(quota exhausted)")
                      .arg(counts.scansCounted)
                      .arg(counts.scansFiltered)
                      .arg(counts.scansRefused));
    }
    return counts.failed + counts.heartbeatsFailed > 0 ? 1 : 0;
}
