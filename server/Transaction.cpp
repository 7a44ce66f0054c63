#include "Transaction.h"

#include "Database.h"

namespace lp::server {

Transaction::Transaction(Database& database)
    : m_database(database)
{
    m_database.begin();
}

Transaction::~Transaction()
{
    if (!m_done) {
        m_database.rollback();
    }
}

void Transaction::commit()
{
    m_done = true; // a failed COMMIT rolls back inside Database::commit()
    m_database.commit();
}

} // namespace lp::server
