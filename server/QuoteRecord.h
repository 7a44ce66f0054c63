#pragma once

#include <QString>
#include <Quote.h>

namespace lp::server {

// A quotes row: the priced lines and the license's terms before and after, as the quote was made.
struct QuoteRecord
{
    QString id;
    QString accountId;
    QString licenseId;
    QList<lp::proto::QuoteLine> lines;
    qint64 total = 0;
    QString currency;
    lp::proto::LicenseTerms current;
    lp::proto::LicenseTerms result;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;

    lp::proto::Quote toWire() const;
    QList<lp::proto::QuoteItem> items() const;
};

} // namespace lp::server
