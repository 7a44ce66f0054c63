#pragma once

#include <QString>

namespace lp::server {

class Clock;
class Database;

// The schema, as numbered steps applied in order and recorded in schema_migrations. The SQL is the
// common subset of SQLite and PostgreSQL (TEXT ids made by the server, BIGINT unix seconds, INTEGER
// booleans), so both engines hold the same schema.
class Migrations
{
public:
    // Applies every step not yet recorded, all in one transaction. Several processes may start at once:
    // the first one migrates, the others wait and then find nothing to do.
    static bool apply(Database& database, const Clock& clock, QString* error);
    static int latestVersion();
};

} // namespace lp::server
