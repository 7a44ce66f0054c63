#pragma once

#include <QString>

namespace lp::server {

// One line of `license-server admin list-accounts`.
struct AccountSummary
{
    QString id;
    QString name;
    QString ownerEmail;
    qint64 licenseCount = 0;
};

} // namespace lp::server
