#pragma once

namespace lp::server {

class Database;

// A scope that commits only when told to; leaving it any other way (an exception included) rolls back.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_database;
    bool m_done = false;
};

} // namespace lp::server
