#include "BarcodeFormats.h"

#include <QCoreApplication>
#include <QHash>

namespace lp {

QString barcodeFormatName(const QString& wireName)
{
    // The names marked here for lupdate; translated at each call so that a language change applies.
    static const QHash<QString, const char*> names {
        {QStringLiteral("QR_CODE"), QT_TRANSLATE_NOOP("BarcodeFormats", "QR Code")},
        {QStringLiteral("DATA_MATRIX"), QT_TRANSLATE_NOOP("BarcodeFormats", "Data Matrix")},
        {QStringLiteral("AZTEC"), QT_TRANSLATE_NOOP("BarcodeFormats", "Aztec")},
        {QStringLiteral("PDF_417"), QT_TRANSLATE_NOOP("BarcodeFormats", "PDF417")},
        {QStringLiteral("MAXICODE"), QT_TRANSLATE_NOOP("BarcodeFormats", "MaxiCode")},
        {QStringLiteral("CODE_128"), QT_TRANSLATE_NOOP("BarcodeFormats", "Code 128")},
        {QStringLiteral("CODE_39"), QT_TRANSLATE_NOOP("BarcodeFormats", "Code 39")},
        {QStringLiteral("CODE_93"), QT_TRANSLATE_NOOP("BarcodeFormats", "Code 93")},
        {QStringLiteral("CODABAR"), QT_TRANSLATE_NOOP("BarcodeFormats", "Codabar")},
        {QStringLiteral("ITF"), QT_TRANSLATE_NOOP("BarcodeFormats", "ITF")},
        {QStringLiteral("EAN_13"), QT_TRANSLATE_NOOP("BarcodeFormats", "EAN-13")},
        {QStringLiteral("EAN_8"), QT_TRANSLATE_NOOP("BarcodeFormats", "EAN-8")},
        {QStringLiteral("UPC_A"), QT_TRANSLATE_NOOP("BarcodeFormats", "UPC-A")},
        {QStringLiteral("UPC_E"), QT_TRANSLATE_NOOP("BarcodeFormats", "UPC-E")},
        {QStringLiteral("GS1_DATABAR"), QT_TRANSLATE_NOOP("BarcodeFormats", "GS1 DataBar")},
    };
    const char* name = names.value(wireName);
    return name ? QCoreApplication::translate("BarcodeFormats", name) : wireName;
}

} // namespace lp
