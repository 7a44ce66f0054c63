#pragma once

#include <QString>

namespace lp {

// The name a person knows a barcode format by ("QR_CODE" -> "QR Code"), translated; a wire name this
// client does not know (a newer server) is shown as it is.
QString barcodeFormatName(const QString& wireName);

} // namespace lp
