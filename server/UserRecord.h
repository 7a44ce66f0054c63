#pragma once

#include <QString>

namespace lp::server {

// A user row joined with its account, as the auth routes need it.
struct UserRecord
{
    QString id;
    QString accountId;
    QString accountName;
    QString email;
    QString name;
    QString passwordHash;
};

} // namespace lp::server
