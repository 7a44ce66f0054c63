#pragma once

#include <QList>
#include <QString>

namespace lp::proto {

// One complaint about one field of a JSON body; `field` is a path such as "items[2].term_end".
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError& other) const
    {
        return field == other.field && message == other.message;
    }
};
using FieldErrors = QList<FieldError>;

} // namespace lp::proto
