#include "DisplayDate.h"

#include <QtTest>

class TestDisplayDate : public QObject
{
    Q_OBJECT
private slots:
    void fourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE"
                                << "27.08.2027";
        QTest::newRow("US English") << "en_US"
                                    << "8/27/2027";
        QTest::newRow("British English") << "en_GB"
                                         << "27/08/2027";
    }
    void fourDigitYears()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        // Noon UTC is the same calendar day from UTC-11 to UTC+11, where the tests run.
        const QDateTime time(QDate(2027, 8, 27), QTime(12, 0), Qt::UTC);
        QCOMPARE(lp::displayDate(time, QLocale(locale)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDisplayDate)
#include "test_displaydate.moc"
