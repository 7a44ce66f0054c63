#include "AdminCli.h"

#include "Clock.h"
#include "Database.h"
#include "DatabaseConfig.h"
#include "DeviceRefresher.h"
#include "LicenseCalendar.h"
#include "OrderService.h"
#include "OrderText.h"
#include "PasswordHasher.h"
#include "PriceList.h"
#include "SandboxProvider.h"
#include "SecretBox.h"
#include "SecureRandom.h"
#include "ServerMain.h"
#include "SigningKeys.h"
#include "Storage.h"
#include "Transaction.h"

#include <License.h>
#include <LoginRequest.h>
#include <QCommandLineParser>
#include <QTextStream>
#include <WireTime.h>
#include <cstdio>

namespace lp::server {

namespace {
constexpr int kBadArguments = 2;
constexpr int kFailure = 1;
constexpr int kMinPasswordLength = 8;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString& message, const QString& command)
{
    err() << message << "\nTry license-server admin " << command << " --help.\n";
    err().flush();
    return kBadArguments;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("SQLite file or postgresql://user:password@host:port/dbname "
                                             "(default: the server's default SQLite file)."),
                              QStringLiteral("path|url"));
}

// Parses the subcommand's arguments; returns -1 to go on, or the exit code to return right away.
int parse(QCommandLineParser& parser, const QString& command, const QString& description,
          const QStringList& arguments)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("license-server admin ") + command} + arguments)) {
        return usageError(parser.errorText(), command);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the binary by its full path; the subcommand is what the reader needs.
        QString help = parser.helpText();
        help = QStringLiteral("Usage: license-server admin %1 [options]").arg(command)
            + help.mid(help.indexOf(QLatin1Char('\n')));
        out() << help;
        out().flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            QStringLiteral("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()), command);
    }
    return -1;
}

QCommandLineOption secretKeyFileOption()
{
    return QCommandLineOption(QStringLiteral("secret-key-file"),
                              QStringLiteral("Key that encrypts license keys in the database (default: the "
                                             "server's, beside a SQLite file)."),
                              QStringLiteral("path"));
}

// A database with the key its license keys are sealed with.
struct Store
{
    std::unique_ptr<Database> database;
    std::optional<SecretBox> secrets;
};

// Opens both as the server would; nullopt after telling the operator why.
std::optional<Store> open(const QCommandLineParser& parser, const Clock& clock)
{
    const QString spec = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : DatabaseConfig::defaultSqlitePath();
    const QString keyFile = parser.isSet(QStringLiteral("secret-key-file"))
        ? parser.value(QStringLiteral("secret-key-file"))
        : SecretBox::defaultKeyFile(spec);
    QString error;
    Store store;
    store.database = ServerMain::openDatabase(spec, clock, &error);
    if (store.database) {
        store.secrets = ServerMain::openSecretKey(*store.database, keyFile, &error);
    }
    if (!store.database || !store.secrets) {
        err() << error << '\n';
        err().flush();
        return std::nullopt;
    }
    return store;
}

QCommandLineOption priceListOption()
{
    return QCommandLineOption(QStringLiteral("price-list"),
                              QStringLiteral("The server's price list (default: the built-in one)."),
                              QStringLiteral("path"));
}

// The price list named by --price-list (or the built-in one); nullopt after telling the operator why.
std::optional<PriceList> loadPrices(const QCommandLineParser& parser)
{
    QString error;
    auto prices = PriceList::load(parser.value(QStringLiteral("price-list")), &error);
    if (!prices) {
        err() << error << '\n';
        err().flush();
    }
    return prices;
}

std::optional<qint64> positiveNumber(const QCommandLineParser& parser, const QString& name, qint64 fallback)
{
    if (!parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

int AdminCli::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("create-account")) {
        return createAccount(rest);
    }
    if (command == QLatin1String("create-license")) {
        return createLicense(rest);
    }
    if (command == QLatin1String("list-accounts")) {
        return listAccounts(rest);
    }
    if (command == QLatin1String("refresh-devices")) {
        return refreshDevices(rest);
    }
    if (command == QLatin1String("rotate-signing-key")) {
        return rotateSigningKey(rest);
    }
    if (command == QLatin1String("record-payment")) {
        return recordPayment(rest);
    }
    const QString usage = QStringLiteral(
        "Usage: license-server admin <command> [options]\n\n"
        "Commands:\n"
        "  create-account   Create a customer account and its owner user.\n"
        "  create-license   Create a license for the account of a user.\n"
        "  list-accounts    List the accounts with their owner and number of licenses.\n"
        "  refresh-devices  Run the device refreshes that are due now (the server also runs\n"
        "                   them every hour).\n"
        "  rotate-signing-key  Make a new key for offline license files; files signed by the\n"
        "                   older keys still verify.\n"
        "  record-payment   Record a wire transfer or check received for an order awaiting\n"
        "                   payment, which fulfils the order.\n\n"
        "license-server admin <command> --help shows the options of a command.\n");
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << usage;
        out().flush();
        return 0;
    }
    err() << (command.isEmpty() ? QStringLiteral("A command is missing.\n")
                                : QStringLiteral("Unknown command \"%1\".\n").arg(command))
          << usage;
    err().flush();
    return kBadArguments;
}

int AdminCli::createAccount(const QStringList& arguments)
{
    const QString command = QStringLiteral("create-account");
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        secretKeyFileOption(),
        {QStringLiteral("email"), QStringLiteral("Sign-in email of the owner."), QStringLiteral("email")},
        {QStringLiteral("password"),
         QStringLiteral("Password of the owner (visible in the process list; prefer --password-stdin)."),
         QStringLiteral("password")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read the password from the first line of standard input.")},
        {QStringLiteral("name"), QStringLiteral("Full name of the owner."), QStringLiteral("name")},
        {QStringLiteral("account-name"), QStringLiteral("Name of the account (default: the owner's name)."),
         QStringLiteral("name")},
        {QStringLiteral("currency"),
         QStringLiteral("ISO 4217 currency the account is priced and invoiced in: EUR, USD, GBP or CHF, with "
                        "prices in the price list (default EUR)."),
         QStringLiteral("code"), QStringLiteral("EUR")},
        priceListOption(),
    });
    if (const int code
        = parse(parser, command, QStringLiteral("Create a customer account and its owner user."), arguments);
        code >= 0) {
        return code;
    }
    const QString email = parser.value(QStringLiteral("email")).trimmed().toLower();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (!lp::proto::isPlausibleEmail(email)) {
        return usageError(QStringLiteral("--email must be an email address such as name@example.com."),
                          command);
    }
    if (name.isEmpty()) {
        return usageError(QStringLiteral("--name is required."), command);
    }
    const bool fromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (fromStdin == parser.isSet(QStringLiteral("password"))) {
        return usageError(QStringLiteral("Give exactly one of --password and --password-stdin."), command);
    }
    QString password = parser.value(QStringLiteral("password"));
    if (fromStdin) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    if (password.size() < kMinPasswordLength) {
        return usageError(
            QStringLiteral("The password must have at least %1 characters.").arg(kMinPasswordLength),
            command);
    }
    const QString accountName = parser.isSet(QStringLiteral("account-name"))
        ? parser.value(QStringLiteral("account-name")).trimmed()
        : name;
    const QString currency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
    if (!PriceList::isSupportedCurrency(currency)) {
        return usageError(QStringLiteral("--currency must be one of %1.")
                              .arg(PriceList::supportedCurrencies().join(QStringLiteral(", "))),
                          command);
    }
    const auto prices = loadPrices(parser);
    if (!prices) {
        return kFailure;
    }
    if (!prices->hasCurrency(currency)) {
        err() << "The price list has no prices in " << currency
              << ": add them before creating accounts in it.\n";
        err().flush();
        return kFailure;
    }

    const Clock clock;
    auto store = open(parser, clock);
    if (!store) {
        return kFailure;
    }
    const auto& database = store->database;
    try {
        Storage storage(*database, *store->secrets);
        const QString hash = PasswordHasher().hash(password);
        Transaction transaction(*database);
        if (storage.userByEmail(email)) {
            err() << "A user with the email " << email << " already exists.\n";
            err().flush();
            return kFailure;
        }
        const QString accountId = SecureRandom::id("acc_");
        const QString userId = SecureRandom::id("usr_");
        storage.insertAccount(accountId, accountName, clock.nowSeconds(), currency);
        storage.insertUser({userId, accountId, accountName, email, name, hash}, clock.nowSeconds());
        transaction.commit();
        out() << "account_id: " << accountId << "\nuser_id: " << userId << '\n';
        out().flush();
        return 0;
    } catch (const std::exception& e) {
        err() << "The account could not be created: " << e.what() << '\n';
        err().flush();
        return kFailure;
    }
}

int AdminCli::createLicense(const QStringList& arguments)
{
    const QString command = QStringLiteral("create-license");
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        secretKeyFileOption(),
        {QStringLiteral("account-email"),
         QStringLiteral("Email of a user of the account that gets the license."), QStringLiteral("email")},
        {QStringLiteral("product"), QStringLiteral("Product name, e.g. \"Barcode Reader SDK\"."),
         QStringLiteral("name")},
        {QStringLiteral("type"), QStringLiteral("per_device or per_scan."), QStringLiteral("type")},
        {QStringLiteral("devices"), QStringLiteral("Device allowance of a per_device license (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("refresh-months"), QStringLiteral("Device refresh cadence: 3, 6 or 12 (default 12)."),
         QStringLiteral("months")},
        {QStringLiteral("scan-quota"), QStringLiteral("Scans per period of a per_scan license."),
         QStringLiteral("n")},
        {QStringLiteral("quota-period"), QStringLiteral("monthly or annual (default monthly)."),
         QStringLiteral("period")},
        {QStringLiteral("years"), QStringLiteral("Term length in years, starting now (default 1)."),
         QStringLiteral("n")},
    });
    if (const int code
        = parse(parser, command, QStringLiteral("Create a license for the account of a user."), arguments);
        code >= 0) {
        return code;
    }
    const QString email = parser.value(QStringLiteral("account-email")).trimmed().toLower();
    const QString product = parser.value(QStringLiteral("product")).trimmed();
    const auto type = lp::proto::licenseTypeFromWire(parser.value(QStringLiteral("type")));
    if (email.isEmpty() || product.isEmpty()) {
        return usageError(QStringLiteral("--account-email and --product are required."), command);
    }
    if (!type) {
        return usageError(QStringLiteral("--type must be per_device or per_scan."), command);
    }
    const auto years = positiveNumber(parser, QStringLiteral("years"), 1);
    if (!years || *years > 10) {
        return usageError(QStringLiteral("--years must be a number from 1 to 10."), command);
    }
    LicenseRecord license;
    license.type = lp::proto::toWire(*type);
    if (*type == lp::proto::LicenseType::PerDevice) {
        const auto devices = positiveNumber(parser, QStringLiteral("devices"), 1);
        const auto months = positiveNumber(parser, QStringLiteral("refresh-months"), 12);
        if (!devices) {
            return usageError(QStringLiteral("--devices must be a positive number."), command);
        }
        if (!months || (*months != 3 && *months != 6 && *months != 12)) {
            return usageError(QStringLiteral("--refresh-months must be 3, 6 or 12."), command);
        }
        if (parser.isSet(QStringLiteral("scan-quota")) || parser.isSet(QStringLiteral("quota-period"))) {
            return usageError(
                QStringLiteral("--scan-quota and --quota-period apply to per_scan licenses only."), command);
        }
        license.deviceAllowance = *devices;
        license.deviceRefreshMonths = static_cast<int>(*months);
    } else {
        const auto quota = positiveNumber(parser, QStringLiteral("scan-quota"), 0);
        const QString periodText = parser.isSet(QStringLiteral("quota-period"))
            ? parser.value(QStringLiteral("quota-period"))
            : lp::proto::toWire(lp::proto::QuotaPeriod::Monthly);
        const auto period = lp::proto::quotaPeriodFromWire(periodText);
        if (!quota || *quota <= 0) {
            return usageError(
                QStringLiteral("--scan-quota must be a positive number for a per_scan license."), command);
        }
        if (!period) {
            return usageError(QStringLiteral("--quota-period must be monthly or annual."), command);
        }
        if (parser.isSet(QStringLiteral("devices")) || parser.isSet(QStringLiteral("refresh-months"))) {
            return usageError(
                QStringLiteral("--devices and --refresh-months apply to per_device licenses only."), command);
        }
        license.scanQuota = *quota;
        license.quotaPeriod = lp::proto::toWire(*period);
    }

    const Clock clock;
    auto store = open(parser, clock);
    if (!store) {
        return kFailure;
    }
    const auto& database = store->database;
    try {
        Storage storage(*database, *store->secrets);
        Transaction transaction(*database);
        const auto user = storage.userByEmail(email);
        if (!user) {
            err() << "There is no user with the email " << email << ".\n";
            err().flush();
            return kFailure;
        }
        const QDateTime now = clock.now();
        license.id = SecureRandom::id("lic_");
        license.accountId = user->accountId;
        license.product = product;
        do {
            license.handshakeCode = SecureRandom::handshakeCode();
        } while (storage.handshakeCodeExists(license.handshakeCode));
        license.licenseKey = SecureRandom::licenseKey();
        license.termStart = now.toSecsSinceEpoch();
        license.termEnd = LicenseCalendar::addMonths(now, static_cast<int>(*years) * 12).toSecsSinceEpoch();
        license.createdAt = now.toSecsSinceEpoch();
        storage.insertLicense(license);
        transaction.commit();
        out() << "license_id: " << license.id << "\nhandshake_code: " << license.handshakeCode << '\n';
        out().flush();
        return 0;
    } catch (const std::exception& e) {
        err() << "The license could not be created: " << e.what() << '\n';
        err().flush();
        return kFailure;
    }
}

int AdminCli::listAccounts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({dbOption(), secretKeyFileOption()});
    if (const int code
        = parse(parser, QStringLiteral("list-accounts"),
                QStringLiteral("List the accounts with their owner and number of licenses."), arguments);
        code >= 0) {
        return code;
    }
    const Clock clock;
    auto store = open(parser, clock);
    if (!store) {
        return kFailure;
    }
    const auto& database = store->database;
    try {
        Storage storage(*database, *store->secrets);
        const auto accounts = storage.accountSummaries();
        int idWidth = 2;
        int nameWidth = 4;
        int emailWidth = 11;
        for (const auto& account : accounts) {
            idWidth = std::max(idWidth, static_cast<int>(account.id.size()));
            nameWidth = std::max(nameWidth, static_cast<int>(account.name.size()));
            emailWidth = std::max(emailWidth, static_cast<int>(account.ownerEmail.size()));
        }
        auto row
            = [&](const QString& id, const QString& name, const QString& email, const QString& licenses) {
                  out() << id.leftJustified(idWidth) << "  " << name.leftJustified(nameWidth) << "  "
                        << email.leftJustified(emailWidth) << "  " << licenses << '\n';
              };
        row(QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("OWNER EMAIL"),
            QStringLiteral("LICENSES"));
        for (const auto& account : accounts) {
            row(account.id, account.name, account.ownerEmail, QString::number(account.licenseCount));
        }
        out().flush();
        return 0;
    } catch (const std::exception& e) {
        err() << "The accounts could not be listed: " << e.what() << '\n';
        err().flush();
        return kFailure;
    }
}

int AdminCli::refreshDevices(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({dbOption(), secretKeyFileOption()});
    if (const int code = parse(parser, QStringLiteral("refresh-devices"),
                               QStringLiteral("Run the device refreshes that are due now: devices not seen "
                                              "since the previous refresh stop counting against their "
                                              "license's allowance. Running it again changes nothing."),
                               arguments);
        code >= 0) {
        return code;
    }
    const Clock clock;
    auto store = open(parser, clock);
    if (!store) {
        return kFailure;
    }
    try {
        Storage storage(*store->database, *store->secrets);
        const auto result = DeviceRefresher(storage, clock).run();
        if (result.licensesRefreshed == 0) {
            out() << "No device refresh was due.\n";
        } else {
            out() << "Refreshed the devices of " << result.licensesRefreshed
                  << " license(s): " << result.devicesReleased << " device(s) released.\n";
        }
        out().flush();
        return 0;
    } catch (const std::exception& e) {
        err() << "The device refresh failed: " << e.what() << '\n';
        err().flush();
        return kFailure;
    }
}

int AdminCli::rotateSigningKey(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption directory(
        QStringLiteral("signing-key-dir"),
        QStringLiteral("The server's signing key directory (default: beside the "
                       "secret key file)."),
        QStringLiteral("path"));
    parser.addOptions({dbOption(), secretKeyFileOption(), directory});
    if (const int code
        = parse(parser, QStringLiteral("rotate-signing-key"),
                QStringLiteral("Make a new Ed25519 key that signs offline licenses from now on. "
                               "The older keys stay: files they signed still verify, and "
                               "GET /v1/signing-keys lists them all. Running servers pick the "
                               "new key up at their next offline license."),
                arguments);
        code >= 0) {
        return code;
    }
    QString path = parser.value(directory);
    if (path.isEmpty()) {
        const QString spec = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : DatabaseConfig::defaultSqlitePath();
        path = SigningKeys::defaultDirectory(parser.isSet(QStringLiteral("secret-key-file"))
                                                 ? parser.value(QStringLiteral("secret-key-file"))
                                                 : SecretBox::defaultKeyFile(spec));
    }
    const Clock clock;
    SigningKeys keys(path);
    QString error;
    const auto id = keys.rotate(clock, &error);
    if (!id) {
        err() << error << '\n';
        err().flush();
        return kFailure;
    }
    out() << "New signing key " << *id << " in " << path << "; " << keys.publicKeys().size() - 1
          << " older key(s) kept for verification.\n";
    out().flush();
    return 0;
}

} // namespace lp::server

namespace lp::server {

int AdminCli::recordPayment(const QStringList& arguments)
{
    const QString command = QStringLiteral("record-payment");
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        secretKeyFileOption(),
        priceListOption(),
        {QStringLiteral("order"),
         QStringLiteral("The order's id (ord_…) or the payment reference on its invoice (LP-…)."),
         QStringLiteral("id")},
        {QStringLiteral("reference"),
         QStringLiteral("The payment's own reference, such as the bank transaction or the check number "
                        "(kept with the order)."),
         QStringLiteral("text")},
    });
    if (const int code
        = parse(parser, command,
                QStringLiteral("Record a wire transfer or check received for an order awaiting "
                               "payment: the order is paid and fulfilled at once (the license's "
                               "term, devices or quota change; its handshake code and key stay). "
                               "Recording an order twice changes nothing."),
                arguments);
        code >= 0) {
        return code;
    }
    const QString orderId = parser.value(QStringLiteral("order")).trimmed();
    const QString note = parser.value(QStringLiteral("reference")).trimmed();
    if (orderId.isEmpty()) {
        return usageError(QStringLiteral("--order is required."), command);
    }
    if (note.size() > 256) {
        return usageError(QStringLiteral("--reference must be at most 256 characters."), command);
    }
    const auto prices = loadPrices(parser);
    if (!prices) {
        return kFailure;
    }
    const Clock clock;
    auto store = open(parser, clock);
    if (!store) {
        return kFailure;
    }
    try {
        Storage storage(*store->database, *store->secrets);
        SandboxProvider provider(*store->database, clock, prices->payee().name);
        OrderService orders(storage, clock, *prices, provider);
        CheckoutRefusal refusal;
        const auto order = orders.recordPayment(orderId, note, &refusal);
        if (!order) {
            err() << refusal.detail << '\n';
            err().flush();
            return kFailure;
        }
        const auto& terms = *order->result;
        out() << "Recorded the payment of order " << order->id << " ("
              << OrderText::money(order->total, order->currency) << ", " << order->receipt->paidWith
              << "): receipt " << order->receipt->number << ".\n"
              << "License " << order->handshakeCode << " (" << order->product << ") now runs from "
              << terms.termStart.date().toString(Qt::ISODate) << " until "
              << terms.termEnd.date().toString(Qt::ISODate);
        if (terms.deviceAllowance) {
            out() << ", " << *terms.deviceAllowance << " devices, device refresh every "
                  << terms.deviceRefreshMonths.value_or(12) << " months";
        }
        if (terms.scanQuota) {
            out() << ", " << *terms.scanQuota << " scans per "
                  << (terms.quotaPeriod == lp::proto::QuotaPeriod::Annual ? "year" : "month");
        }
        out() << ".\nterm_end: " << lp::proto::toWireTime(terms.termEnd) << '\n';
        out().flush();
        return 0;
    } catch (const std::exception& e) {
        err() << "The payment could not be recorded: " << e.what() << '\n';
        err().flush();
        return kFailure;
    }
}

} // namespace lp::server
