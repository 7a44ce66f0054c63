#pragma once

#include <QStringList>

namespace lp::server {

// `license-server admin <command>`: create accounts and licenses, list accounts, record offline payments.
// Exit codes: 0 success,
// 1 failure (database, duplicate), 2 bad arguments.
class AdminCli
{
public:
    // arguments: everything after "admin".
    static int run(const QStringList& arguments);

private:
    static int createAccount(const QStringList& arguments);
    static int createLicense(const QStringList& arguments);
    static int listAccounts(const QStringList& arguments);
    static int refreshDevices(const QStringList& arguments);
    static int rotateSigningKey(const QStringList& arguments);
    static int recordPayment(const QStringList& arguments);
};

} // namespace lp::server
