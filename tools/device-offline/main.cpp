// device-offline: the device side of offline licenses, for an air-gapped machine.
//   device-offline request --out FILE [--machine-id ID] [--platform P] [--name N] [--validity-days D]
//   device-offline install --license FILE --keys FILE --dir DIR [--machine-id ID]
//   device-offline verify --dir DIR --keys FILE [--machine-id ID]
// `request` writes the activation request to carry to the portal (only the device hash leaves the
// machine); `install` verifies a signed offline license file from the portal and installs it into DIR;
// `verify` checks the installed file as the SDK does at start. The keys file is the server's
// GET /v1/signing-keys answer. DIR also keeps the latest time seen, to notice a clock set back.
#include "DeviceFingerprint.h"
#include "OfflineLicenseVerifier.h"
#include "OfflineVerificationText.h"

#include <JsonReader.h>
#include <OfflineLicense.h>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <WireTime.h>
#include <cstdio>

namespace {
const QString kLicenseFile = QStringLiteral("offline-license.json");
const QString kWatermarkFile = QStringLiteral("latest-time-seen");

void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

int fail(const QString& text)
{
    printLine(stderr, QStringLiteral("device-offline: ") + text);
    return 1;
}

bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.read(1024 * 1024);
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString deviceHash(const QString& machineId)
{
    return machineId.isEmpty() ? lp::DeviceFingerprint::thisMachine()
                               : lp::DeviceFingerprint::hashOf(machineId.toUtf8());
}

std::optional<QList<lp::proto::SigningKey>> readKeys(const QString& path, QString* error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error)) {
        return std::nullopt;
    }
    lp::proto::FieldErrors errors;
    const auto json = lp::proto::parseJsonObject(bytes, &errors);
    const auto list = json ? lp::proto::SigningKeyList::fromJson(*json, &errors) : std::nullopt;
    if (!list || list->items.isEmpty()) {
        *error = QStringLiteral("%1 is not the server's signing keys (save GET /v1/signing-keys)").arg(path);
        return std::nullopt;
    }
    return list->items;
}

// Verifies `bytes`, prints the findings and moves the watermark forward. 0 when accepted.
int verifyAndReport(const QByteArray& bytes, const QList<lp::proto::SigningKey>& keys, const QString& hash,
                    const QString& directory)
{
    QByteArray watermarkText;
    QString ignored;
    std::optional<QDateTime> latestSeen;
    if (readFile(QDir(directory).filePath(kWatermarkFile), &watermarkText, &ignored)) {
        const QDateTime seen = lp::proto::fromWireTime(QString::fromLatin1(watermarkText.trimmed()));
        if (seen.isValid()) {
            latestSeen = seen;
        }
    }
    lp::OfflineLicenseVerifier verifier;
    verifier.setKeys(keys);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto result = verifier.verify(bytes, now, hash, latestSeen);
    for (const QString& sentence : lp::describeVerification(result)) {
        printLine(stdout, sentence);
    }
    // The watermark only moves forward: a clock set back must not lower it.
    if (!latestSeen || now > *latestSeen) {
        QString error;
        if (!writeFile(QDir(directory).filePath(kWatermarkFile), lp::proto::toWireTime(now).toLatin1() + '\n',
                       &error)) {
            printLine(stderr, QStringLiteral("device-offline: ") + error);
        }
    }
    printLine(stdout, result.accepted() ? QStringLiteral("accepted") : QStringLiteral("refused"));
    return result.accepted() ? 0 : 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("device-offline"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Offline licenses on an air-gapped device.\n"
                       "  request  write an activation request for the portal\n"
                       "  install  verify a signed offline license file and install it\n"
                       "  verify   check the installed offline license"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("request, install or verify"));
    const QCommandLineOption machineId(QStringLiteral("machine-id"),
                                       QStringLiteral("Hardware id to hash (default: this machine's)."),
                                       QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Request file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QStringLiteral("Platform to report (default: this system)."),
                                      QStringLiteral("name"), QSysInfo::prettyProductName());
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Device name (default: host name)."),
                                  QStringLiteral("name"), QSysInfo::machineHostName());
    const QCommandLineOption validity(QStringLiteral("validity-days"),
                                      QStringLiteral("Validity to ask for (default 365)."),
                                      QStringLiteral("days"), QStringLiteral("365"));
    const QCommandLineOption license(QStringLiteral("license"),
                                     QStringLiteral("Signed offline license file."), QStringLiteral("file"));
    const QCommandLineOption keys(QStringLiteral("keys"),
                                  QStringLiteral("The server's signing keys (GET /v1/signing-keys saved)."),
                                  QStringLiteral("file"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Install directory."),
                                 QStringLiteral("dir"));
    parser.addOptions({machineId, out, platform, name, validity, license, keys, dir});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QString hash = deviceHash(parser.value(machineId));
    if (hash.isEmpty()) {
        return fail(QStringLiteral("this system has no stable machine id: give --machine-id"));
    }
    QString error;
    if (command == QLatin1String("request") && positional.size() == 1 && parser.isSet(out)) {
        lp::proto::OfflineActivationRequest request;
        request.deviceHash = hash;
        request.platform = parser.value(platform).left(64);
        request.name = parser.value(name).left(128);
        bool ok = false;
        request.validityDays = parser.value(validity).toInt(&ok);
        if (!ok || request.validityDays < 1 || request.validityDays > request.kMaxValidityDays) {
            return fail(QStringLiteral("--validity-days must be 1 to %1").arg(request.kMaxValidityDays));
        }
        if (!writeFile(parser.value(out), QJsonDocument(request.toJson()).toJson(), &error)) {
            return fail(error);
        }
        printLine(stdout, QStringLiteral("wrote %1 for device %2").arg(parser.value(out), hash));
        return 0;
    }
    if ((command == QLatin1String("install") || command == QLatin1String("verify")) && positional.size() == 1
        && parser.isSet(keys) && parser.isSet(dir)
        && (command == QLatin1String("verify") || parser.isSet(license))) {
        const auto keyList = readKeys(parser.value(keys), &error);
        if (!keyList) {
            return fail(error);
        }
        const QString directory = parser.value(dir);
        if (!QDir().mkpath(directory)) {
            return fail(QStringLiteral("cannot create %1").arg(directory));
        }
        const QString installed = QDir(directory).filePath(kLicenseFile);
        QByteArray bytes;
        if (!readFile(command == QLatin1String("install") ? parser.value(license) : installed, &bytes,
                      &error)) {
            return fail(error);
        }
        const int result = verifyAndReport(bytes, *keyList, hash, directory);
        // Only a file that verifies is installed: a refused one never replaces a good one.
        if (result == 0 && command == QLatin1String("install")) {
            if (!writeFile(installed, bytes, &error)) {
                return fail(error);
            }
            printLine(stdout, QStringLiteral("installed %1").arg(installed));
        }
        return result;
    }
    printLine(stderr, parser.helpText());
    return 2;
}
