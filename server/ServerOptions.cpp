#include "ServerOptions.h"

#include "DatabaseConfig.h"
#include "SecretBox.h"
#include "SigningKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lp::server {

std::optional<ServerOptions> ServerOptions::parse(const QStringList& arguments, QString* message,
                                                  int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The LicensePortal license server: REST API v1 on HTTP.\n"
                                                    "Administration: license-server admin --help"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("SQLite file or postgresql://user:password@host:port/dbname "
                       "(default: license-server.sqlite in the application data directory)."),
        QStringLiteral("path|url"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port; 0 picks a free one (default 8080)."),
                                  QStringLiteral("n"), QStringLiteral("8080"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1; put a TLS proxy in front "
                       "before exposing it)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Seed the demo account (demo@example.com / demo-portal-2026) if absent."));
    const QCommandLineOption demoFleet(
        QStringLiteral("demo-fleet-size"),
        QStringLiteral("Devices of the demo's fleet license (default 100000; benchmarks use 1000000)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Address of a reverse proxy whose X-Forwarded-For names the client (repeatable); "
                       "sign-in limits then count per client instead of per proxy."),
        QStringLiteral("address"));
    const QCommandLineOption secretKeyFile(
        QStringLiteral("secret-key-file"),
        QStringLiteral("Key that encrypts license keys in the database, created if missing (default: "
                       "beside a SQLite file; with PostgreSQL give every server process the same file)."),
        QStringLiteral("path"));
    const QCommandLineOption signingKeyDir(
        QStringLiteral("signing-key-dir"),
        QStringLiteral(
            "Directory of the Ed25519 keys that sign offline licenses, made owner-only with a first "
            "key if missing (default: beside the secret key file; with several server processes "
            "give each the same keys)."),
        QStringLiteral("path"));
    const QCommandLineOption priceList(
        QStringLiteral("price-list"),
        QStringLiteral("JSON file with the prices of renewals and upgrades and the terms of payment; "
                       "checked at start (default: the built-in list)."),
        QStringLiteral("path"));
    const QCommandLineOption paymentSandboxOption(
        QStringLiteral("payment-sandbox"),
        QStringLiteral(
            "Take card and PayPal payments through the built-in sandbox provider (test cards, no real "
            "money; implied by --demo). Without it, only wire transfer and check are offered."));
    parser.addOptions({help, version, db, port, listen, demo, demoFleet, trustedProxy, secretKeyFile,
                       signingKeyDir, priceList, paymentSandboxOption});

    if (!parser.parse(arguments)) {
        *message = parser.errorText() + QStringLiteral("\nTry license-server --help.");
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        *message
            = QStringLiteral("Usage: license-server [options]") + text.mid(text.indexOf(QLatin1Char('\n')));
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *message
            = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        *exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QStringLiteral("Unexpected argument \"%1\". Try license-server --help.")
                       .arg(parser.positionalArguments().first());
        *exitCode = 2;
        return std::nullopt;
    }
    ServerOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *message = QStringLiteral("The port must be a number from 0 to 65535.");
        *exitCode = 2;
        return std::nullopt;
    }
    options.port = static_cast<quint16>(portNumber);
    if (!options.listenAddress.setAddress(parser.value(listen))) {
        *message = QStringLiteral("\"%1\" is not an IP address to listen on.").arg(parser.value(listen));
        *exitCode = 2;
        return std::nullopt;
    }
    options.databaseSpec = parser.isSet(db) ? parser.value(db) : DatabaseConfig::defaultSqlitePath();
    options.secretKeyFile = parser.isSet(secretKeyFile) ? parser.value(secretKeyFile)
                                                        : SecretBox::defaultKeyFile(options.databaseSpec);
    options.signingKeyDirectory = parser.isSet(signingKeyDir)
        ? parser.value(signingKeyDir)
        : SigningKeys::defaultDirectory(options.secretKeyFile);
    options.priceListFile = parser.value(priceList);
    options.demo = parser.isSet(demo);
    options.paymentSandbox = options.demo || parser.isSet(paymentSandboxOption);
    const int fleet = parser.value(demoFleet).toInt(&ok);
    if (!ok || fleet < 2500 || fleet > 5'000'000) {
        *message = QStringLiteral("The demo fleet size must be a number from 2500 to 5000000.");
        *exitCode = 2;
        return std::nullopt;
    }
    options.demoFleetSize = fleet;
    for (const QString& proxy : parser.values(trustedProxy)) {
        const QHostAddress address(proxy);
        if (address.isNull()) {
            *message = QStringLiteral("\"%1\" is not an IP address of a trusted proxy.").arg(proxy);
            *exitCode = 2;
            return std::nullopt;
        }
        options.trustedProxies.append(address);
    }
    return options;
}

} // namespace lp::server
