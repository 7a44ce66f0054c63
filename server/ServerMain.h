#pragma once

#include <QString>
#include <memory>

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

private:
    static int serve(const QStringList& arguments);
};

} // namespace lp::server
