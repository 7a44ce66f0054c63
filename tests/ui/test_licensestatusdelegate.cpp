// The status pill: each status is drawn in its own colour, in light and dark palettes, with its words.
#include "Clock.h"
#include "LicenseModel.h"
#include "PortalPalette.h"
#include "StatusPillDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QtTest>

using lp::LicenseModel;

namespace {
lp::proto::License license(const QString& id, lp::proto::LicenseStatus status, const QDateTime& end)
{
    lp::proto::License l;
    l.id = id;
    l.product = QStringLiteral("Product ") + id;
    l.handshakeCode = QStringLiteral("HS-") + id;
    l.licenseKey = QStringLiteral("t0073••••••••X7Q2");
    l.status = status;
    l.termStart = end.addYears(-1);
    l.termEnd = end;
    l.deviceAllowance = 10;
    l.devicesInUse = 3;
    l.deviceRefreshMonths = 12;
    return l;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

bool imageHasColor(const QImage& image, const QColor& color)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - color.red()) < 4 && qAbs(pixel.green() - color.green()) < 4
                && qAbs(pixel.blue() - color.blue()) < 4) {
                return true;
            }
        }
    }
    return false;
}
} // namespace

class TestLicenseStatusDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsEachStatusInItsColour_data();
    void paintsEachStatusInItsColour();
    void coloursDifferAndKeepContrast();
};

void TestLicenseStatusDelegate::paintsEachStatusInItsColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestLicenseStatusDelegate::paintsEachStatusInItsColour()
{
    QFETCH(bool, dark);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    lp::ManualClock clock(now);
    LicenseModel model(&clock);
    model.setLicenses({license(QStringLiteral("a"), lp::proto::LicenseStatus::Active, now.addDays(200)),
                       license(QStringLiteral("b"), lp::proto::LicenseStatus::Active, now.addDays(12)),
                       license(QStringLiteral("c"), lp::proto::LicenseStatus::Expired, now.addDays(-3)),
                       license(QStringLiteral("d"), lp::proto::LicenseStatus::Suspended, now.addDays(100))});
    QTableView view;
    if (dark) {
        view.setPalette(darkPalette());
    }
    view.setModel(&model);
    std::unique_ptr<lp::ui::StatusPillDelegate> delegate(lp::ui::StatusPillDelegate::forLicenses());
    const QList<LicenseModel::StatusKind> expected {
        LicenseModel::StatusKind::Active, LicenseModel::StatusKind::Expiring,
        LicenseModel::StatusKind::Expired, LicenseModel::StatusKind::Suspended};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, LicenseModel::Status);
        QCOMPARE(static_cast<LicenseModel::StatusKind>(index.data(LicenseModel::StatusKindRole).toInt()),
                 expected.at(row));
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.font = view.font();
        const QSize hint = delegate->sizeHint(option, index);
        QVERIFY(hint.width() > view.fontMetrics().horizontalAdvance(index.data().toString()));
        QImage image(hint.width() + 20, hint.height(), QImage::Format_ARGB32);
        image.fill(view.palette().color(QPalette::Base));
        option.rect = image.rect();
        QPainter painter(&image);
        delegate->paint(&painter, option, index);
        painter.end();
        const QColor colour = lp::ui::statusColor(expected.at(row), view.palette());
        QVERIFY2(imageHasColor(image, colour), qPrintable(index.data().toString()));
    }
}

void TestLicenseStatusDelegate::coloursDifferAndKeepContrast()
{
    for (const QPalette& palette : {QApplication::palette(), darkPalette()}) {
        const QColor base = palette.color(QPalette::Base);
        QSet<QRgb> seen;
        for (auto kind : {LicenseModel::StatusKind::Active, LicenseModel::StatusKind::Expiring,
                          LicenseModel::StatusKind::Expired, LicenseModel::StatusKind::Suspended}) {
            const QColor colour = lp::ui::statusColor(kind, palette);
            seen.insert(colour.rgb());
            // A dot has to stand out from the row it sits on.
            QVERIFY(qAbs(colour.lightness() - base.lightness()) > 40 || qAbs(colour.hue() - base.hue()) > 30);
        }
        QCOMPARE(seen.size(), 4);
    }
}

QTEST_MAIN(TestLicenseStatusDelegate)
#include "test_licensestatusdelegate.moc"
