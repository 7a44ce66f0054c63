#include "OrderPdf.h"

#include <OrderDocument.h>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace lp::ui {

namespace {
// lupdate files tr() of free functions under their namespace: the same context here.
QString tr(const char* text)
{
    return QCoreApplication::translate("lp::ui", text);
}
} // namespace

bool writeOrderPdf(const proto::Order& order, const QString& path, QString* error)
{
    const auto fail = [error](const QString& text) {
        if (error) {
            *error = text;
        }
        return false;
    };
    const QString html = OrderDocument::html(order);
    if (html.isEmpty()) {
        return fail(tr("This order has no invoice or receipt."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        // No margins of the writer's own: QTextDocument::print() keeps 2 cm around the text, and the page
        // number in them.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(OrderDocument::title(order));
        writer.setCreator(QStringLiteral("LicensePortal"));
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        return fail(tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return true;
}

bool saveOrderPdf(QWidget* parent, const proto::Order& order)
{
    const OrderDocument::Kind kind = OrderDocument::kindOf(order);
    if (kind == OrderDocument::Kind::None) {
        return false;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + OrderDocument::suggestedFileName(order);
    QString path = QFileDialog::getSaveFileName(
        parent, kind == OrderDocument::Kind::Invoice ? tr("Save Invoice as PDF") : tr("Save Receipt as PDF"),
        suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    QString error;
    if (!writeOrderPdf(order, path, &error)) {
        QMessageBox::warning(
            parent, kind == OrderDocument::Kind::Invoice ? tr("Invoice Not Saved") : tr("Receipt Not Saved"),
            error);
        return false;
    }
    return true;
}

} // namespace lp::ui
