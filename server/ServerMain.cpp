#include "ServerMain.h"

#include "AdminCli.h"
#include "AuthRoutes.h"
#include "Authenticator.h"
#include "CheckoutRoutes.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseConfig.h"
#include "DatabaseError.h"
#include "DemoData.h"
#include "DeviceListRoutes.h"
#include "DeviceRefresher.h"
#include "DeviceRoutes.h"
#include "HttpServer.h"
#include "LicenseRoutes.h"
#include "LogCategories.h"
#include "LoginRateLimiter.h"
#include "LowDelayTcpServer.h"
#include "Migrations.h"
#include "OfflineLicenseRoutes.h"
#include "OrderService.h"
#include "PasswordHasher.h"
#include "PriceList.h"
#include "SandboxProvider.h"
#include "SandboxRoutes.h"
#include "SecretBox.h"
#include "ServerOptions.h"
#include "ShutdownSignals.h"
#include "SigningKeys.h"
#include "Storage.h"
#include "UsageRoutes.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTimer>
#include <cstdio>

namespace lp::server {

namespace {
void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}
} // namespace

std::unique_ptr<Database> ServerMain::openDatabase(const QString& spec, const Clock& clock, QString* error)
{
    const auto config = DatabaseConfig::parse(spec, error);
    if (!config) {
        return nullptr;
    }
    auto database = std::make_unique<Database>(*config);
    if (!database->open(error) || !Migrations::apply(*database, clock, error)) {
        return nullptr;
    }
    return database;
}

std::optional<SecretBox> ServerMain::openSecretKey(Database& database, const QString& keyFile, QString* error)
{
    bool created = false;
    auto secrets = SecretBox::fromKeyFile(keyFile, error, &created);
    if (!secrets) {
        return std::nullopt;
    }
    const QString checkText = QStringLiteral("LicensePortal secret key check");
    const QString checkContext = QStringLiteral("secret_key_check");
    try {
        Storage storage(database, *secrets);
        auto check = storage.secretKeyCheck();
        if (!check) {
            try {
                storage.insertSecretKeyCheck(secrets->seal(checkText, checkContext));
            } catch (const DatabaseError&) {
                // Another server process initialised the same database at the same moment.
            }
            check = storage.secretKeyCheck();
        }
        if (!check || secrets->open(*check, checkContext) != checkText) {
            if (created) {
                // A key made up just now must not linger and be mistaken for the real one later.
                QFile::remove(keyFile);
                *error
                    = QStringLiteral("The secret key file %1 did not exist, but this database's license keys "
                                     "were sealed with a key: restore that file, or name it with "
                                     "--secret-key-file.")
                          .arg(keyFile);
            } else {
                *error = QStringLiteral("The secret key file %1 is not the key this database's license keys "
                                        "were sealed with: name the right one with --secret-key-file.")
                             .arg(keyFile);
            }
            return std::nullopt;
        }
    } catch (const DatabaseError& e) {
        *error = QStringLiteral("The secret key could not be checked against the database: %1")
                     .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return secrets;
}

int ServerMain::run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("license-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LP_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{if-warning}warning: %{endif}"
                       "%{if-critical}error: %{endif}%{message}"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin")) {
        return AdminCli::run(arguments.mid(2));
    }
    return serve(arguments);
}

int ServerMain::serve(const QStringList& arguments)
{
    QString message;
    int exitCode = 0;
    const auto options = ServerOptions::parse(arguments, &message, &exitCode);
    if (!options) {
        printLine(exitCode == 0 ? stdout : stderr, message);
        return exitCode;
    }

    const Clock clock;
    QString error;
    const auto prices = PriceList::load(options->priceListFile, &error);
    if (!prices) {
        printLine(stderr, error);
        return 1;
    }
    const auto database = openDatabase(options->databaseSpec, clock, &error);
    if (!database) {
        printLine(stderr, error);
        return 1;
    }
    const auto secrets = openSecretKey(*database, options->secretKeyFile, &error);
    if (!secrets) {
        printLine(stderr, error);
        return 1;
    }
    Storage storage(*database, *secrets);
    SigningKeys signingKeys(options->signingKeyDirectory);
    if (!signingKeys.load(clock, &error)) {
        printLine(stderr, error);
        return 1;
    }
    const PasswordHasher hasher;
    SandboxProvider paymentProvider(*database, clock, prices->payee().name);
    OrderService orderService(storage, clock, *prices, paymentProvider);
    orderService.setOnlinePayments(options->paymentSandbox);
    if (options->demo) {
        try {
            if (DemoData::seed(storage, clock, hasher, *prices, options->demoFleetSize)) {
                qCInfo(lcServer) << "seeded the demo account (demo@example.com)";
            }
        } catch (const std::exception& e) {
            printLine(
                stderr,
                QStringLiteral("The demo data could not be seeded: %1").arg(QString::fromUtf8(e.what())));
            return 1;
        }
    }

    // Hourly housekeeping, and once now; several server processes doing it at once is harmless.
    // Expired tokens are refused anyway; purging them keeps the token tables at the size of the live
    // sessions. The device refresh releases the seats of devices gone quiet (see DeviceRefresher).
    DeviceRefresher refresher(storage, clock);
    const auto housekeeping = [&storage, &clock, &refresher, &orderService] {
        try {
            if (const qint64 removed = storage.purgeExpiredSessions(clock.nowSeconds())) {
                qCInfo(lcServer) << "purged" << removed << "expired tokens and sessions";
            }
            // A device retries a heartbeat within minutes; 30 days of ids are plenty.
            storage.purgeHeartbeatReceipts(clock.nowSeconds() - 30 * 24 * 3600);
        } catch (const DatabaseError& e) {
            qCWarning(lcServer) << "purging expired tokens failed:" << e.what();
        }
        try {
            refresher.run();
        } catch (const DatabaseError& e) {
            qCWarning(lcServer) << "the device refresh failed (it runs again within the hour):" << e.what();
        }
        // Orders: abandoned PayPal approvals and overdue invoices end, and payments a crash interrupted are
        // finished (at start, this is the recovery).
        try {
            const auto orders = orderService.runHousekeeping();
            if (orders.expired > 0 || orders.resumed > 0) {
                qCInfo(lcServer) << "orders:" << orders.expired << "expired," << orders.resumed
                                 << "interrupted payments finished";
            }
        } catch (const std::exception& e) {
            qCWarning(lcServer) << "the order housekeeping failed (it runs again within the hour):"
                                << e.what();
        }
    };
    housekeeping();
    QTimer housekeepingTimer;
    housekeepingTimer.setInterval(std::chrono::hours(1));
    QObject::connect(&housekeepingTimer, &QTimer::timeout, housekeeping);
    housekeepingTimer.start();

    LoginRateLimiter limiter(storage, clock);
    Authenticator authenticator(storage, clock);
    AuthRoutes authRoutes(storage, clock, hasher, limiter, authenticator);
    LicenseRoutes licenseRoutes(storage, clock, authenticator);
    DeviceRoutes deviceRoutes(storage, clock);
    DeviceListRoutes deviceListRoutes(storage, clock, authenticator);
    UsageRoutes usageRoutes(storage, clock, authenticator);
    OfflineLicenseRoutes offlineLicenseRoutes(storage, clock, authenticator, signingKeys);
    CheckoutRoutes checkoutRoutes(orderService, paymentProvider, authenticator);
    SandboxRoutes sandboxRoutes(paymentProvider);
    HttpServer server;
    server.setTrustedProxies(options->trustedProxies);
    server.setAfterRequest([&database] { database->releaseStatements(); });
    authRoutes.registerOn(server);
    licenseRoutes.registerOn(server);
    deviceRoutes.registerOn(server);
    deviceListRoutes.registerOn(server);
    usageRoutes.registerOn(server);
    offlineLicenseRoutes.registerOn(server);
    checkoutRoutes.registerOn(server);
    if (options->paymentSandbox) {
        sandboxRoutes.registerOn(server);
    }

    // Our own QTcpServer, because QAbstractHttpServer::listen() reports a failure without its reason.
    auto* tcp = new LowDelayTcpServer(&server);
    if (!tcp->listen(options->listenAddress, options->port)) {
        printLine(stderr,
                  QStringLiteral("Cannot listen on %1 port %2: %3.")
                      .arg(options->listenAddress.toString())
                      .arg(options->port)
                      .arg(tcp->errorString()));
        return 1;
    }
    server.bind(tcp);

    ShutdownSignals shutdownSignals;
    if (!shutdownSignals.install()) {
        printLine(stderr, QStringLiteral("Cannot install the SIGTERM/SIGINT handlers."));
        return 1;
    }
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, qApp, [](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });

    QString host = options->listenAddress.toString();
    if (options->listenAddress.protocol() == QAbstractSocket::IPv6Protocol) {
        host = QLatin1Char('[') + host + QLatin1Char(']');
    }
    qCInfo(lcServer).noquote() << "database" << database->config().describe() << "schema version"
                               << Migrations::latestVersion();
    // Tests and scripts wait for exactly this line on stdout.
    printLine(stdout,
              QStringLiteral("license-server listening on http://%1:%2").arg(host).arg(tcp->serverPort()));
    return QCoreApplication::exec();
}

} // namespace lp::server
