#pragma once

#include <Order.h>
#include <QString>

class QWidget;

namespace lp::ui {

// Prints the order's document (OrderDocument: pro-forma invoice or receipt) to an A4 PDF at `path`,
// written through QSaveFile so that a failed write leaves nothing behind. False with a sentence in
// `error` when the order has no document or the file cannot be written.
bool writeOrderPdf(const lp::proto::Order& order, const QString& path, QString* error);

// Asks where to save the order's document ("Invoice PF-….pdf" / "Receipt RC-….pdf" in the Documents
// folder), writes it and reports a failure in a message box. False when cancelled or failed.
bool saveOrderPdf(QWidget* parent, const lp::proto::Order& order);

} // namespace lp::ui
