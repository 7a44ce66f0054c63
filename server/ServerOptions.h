#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace lp::server {

// The command line of `license-server` (the server mode; `admin` has its own).
struct ServerOptions
{
    QString databaseSpec; // a SQLite path or a postgresql:// URL
    QString secretKeyFile; // the key that seals license keys in the database
    QString signingKeyDirectory; // the Ed25519 keys of offline licenses
    QString priceListFile; // empty: the built-in price list
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080;
    bool demo = false;
    bool paymentSandbox
        = false; // the sandbox payment provider takes card and PayPal payments (implied by demo)
    int demoFleetSize = 100000;
    QList<QHostAddress> trustedProxies;

    // arguments include the program name. Returns nullopt with *message set: with *exitCode 0 for --help
    // and --version (message goes to stdout), 2 for a bad argument (message goes to stderr).
    static std::optional<ServerOptions> parse(const QStringList& arguments, QString* message, int* exitCode);
};

} // namespace lp::server
