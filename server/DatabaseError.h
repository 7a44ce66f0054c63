#pragma once

#include <QString>
#include <stdexcept>

namespace lp::server {

// Thrown by the storage layer when the database fails (unreachable, locked, constraint broken
// unexpectedly). The HTTP layer answers 503; the message is for the log, never for the client.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString& message)
        : std::runtime_error(message.toStdString())
    { }
};

} // namespace lp::server
