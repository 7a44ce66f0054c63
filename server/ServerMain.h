#pragma once

#include "SecretBox.h"

#include <QString>
#include <memory>
#include <optional>

namespace lp::server {

class Clock;
class Database;

// The process entry point: `license-server [options]` serves, `license-server admin …` administers.
class ServerMain
{
public:
    static int run(int argc, char* argv[]);

    // Parses --db, connects and migrates; nullptr with *error set (one sentence) on failure.
    static std::unique_ptr<Database> openDatabase(const QString& spec, const Clock& clock, QString* error);
    // Loads (or, for a new database, creates) the secret key file and checks that it is the key this
    // database's license keys are sealed with; nullopt with *error set on failure.
    static std::optional<SecretBox> openSecretKey(Database& database, const QString& keyFile, QString* error);

private:
    static int serve(const QStringList& arguments);
};

} // namespace lp::server
