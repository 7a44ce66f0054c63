#include "OfflineVerificationText.h"

#include <QCoreApplication>

namespace lp {

namespace {
// lupdate files tr() of free functions under their namespace: the same context here.
QString tr(const char* text)
{
    return QCoreApplication::translate("lp", text);
}

QString when(const QDateTime& time, const QLocale& locale)
{
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QStringList describeVerification(const OfflineVerification& result, const QLocale& locale)
{
    QStringList sentences;
    switch (result.signature) {
    case OfflineVerification::Signature::Malformed:
        return {tr("This is not a valid offline license file (%1).").arg(result.problem)};
    case OfflineVerification::Signature::UnknownKey:
        sentences.append(tr("Signed with key %1, which is not one of the license server's keys: the file "
                            "cannot be trusted.")
                             .arg(result.keyId));
        break;
    case OfflineVerification::Signature::Invalid:
        sentences.append(tr("The signature does not match the contents (key %1): the file was changed after "
                            "it was issued, or was not signed by this server.")
                             .arg(result.keyId));
        break;
    case OfflineVerification::Signature::Valid:
        sentences.append(
            tr("The signature is valid: issued by the license server with key %1.").arg(result.keyId));
        break;
    }
    if (result.payload) {
        const auto& payload = *result.payload;
        const QString window
            = tr("from %1 until %2").arg(when(payload.notBefore, locale), when(payload.expiresAt, locale));
        switch (result.window) {
        case OfflineVerification::Window::NotYetValid:
            sentences.append(tr("Not valid yet: it is valid %1.").arg(window));
            break;
        case OfflineVerification::Window::Expired:
            sentences.append(tr("Expired: it was valid %1.").arg(window));
            break;
        case OfflineVerification::Window::Valid:
            sentences.append(tr("Valid now: %1.").arg(window));
            break;
        }
        if (result.deviceMatches) {
            sentences.append(*result.deviceMatches
                                 ? tr("Issued for this device (hash %1…).").arg(payload.deviceHash.left(12))
                                 : tr("Issued for another device (hash %1…), not this one.")
                                       .arg(payload.deviceHash.left(12)));
        } else {
            sentences.append(tr("Issued for the device with hash %1.").arg(payload.deviceHash));
        }
    }
    if (result.clockRolledBack) {
        sentences.append(
            tr("This computer's clock is earlier than a time already seen: it was set back, so the "
               "validity window cannot be trusted."));
    }
    return sentences;
}

} // namespace lp
