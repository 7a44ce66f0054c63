#pragma once

#include <QMetaType>
#include <QString>

namespace lp {

// One threshold a license has crossed: a share of its quota or device allowance, or days before its term
// ends. Raised once by AlertMonitor as a desktop notification; the most urgent one is the key's badge.
struct Alert
{
    enum class Kind { Quota, Allowance, Expiry };
    // For the badge's look: Notice for the first thresholds, Critical when the limit is reached.
    enum class Severity { Notice, Warning, Critical };

    QString licenseId;
    QString product;
    QString handshakeCode;
    Kind kind = Kind::Quota;
    int threshold = 0; // percent (Quota, Allowance) or days before term_end (Expiry)
    Severity severity = Severity::Notice;
    QString title; // "Scan quota 90% used"
    QString message; // "Barcode Reader SDK – Server (123456-…) has used 90,512 of 100,000 scans…"
};

} // namespace lp

Q_DECLARE_METATYPE(lp::Alert)
