#include "JsonReader.h"
#include "WireTime.h"

#include <QtTest>

using namespace lp::proto;

class TestJsonReader : public QObject
{
    Q_OBJECT
private slots:
    void readsWellTypedFields()
    {
        FieldErrors errors;
        const QJsonObject json {
            {"name", "Acme"}, {"count", 42}, {"flag", true}, {"at", "2026-11-27T21:18:36Z"}};
        JsonReader reader(json, &errors);
        QCOMPARE(reader.string("name"), QStringLiteral("Acme"));
        QCOMPARE(reader.integer("count", JsonReader::Required, 0, 100), std::optional<qint64>(42));
        QCOMPARE(reader.boolean("flag"), std::optional<bool>(true));
        QCOMPARE(reader.time("at"),
                 std::optional<QDateTime>(QDateTime(QDate(2026, 11, 27), QTime(21, 18, 36), Qt::UTC)));
        QVERIFY(reader.ok());
        QVERIFY(errors.isEmpty());
    }

    void rejectsWrongTypesWithFieldPaths()
    {
        FieldErrors errors;
        const QJsonObject json {{"name", 5}, {"count", "42"}, {"flag", "yes"}, {"at", 17}};
        JsonReader reader(json, &errors, QStringLiteral("items[3]"));
        reader.string("name");
        reader.integer("count", JsonReader::Required, 0, 100);
        reader.boolean("flag");
        reader.time("at");
        QVERIFY(!reader.ok());
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(0).field, QStringLiteral("items[3].name"));
        QCOMPARE(errors.at(0).message, QStringLiteral("must be a string"));
        QCOMPARE(errors.at(1).message, QStringLiteral("must be an integer"));
    }

    void integersAreExactAndInRange_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("fraction") << QJsonValue(1.5) << false;
        QTest::newRow("below") << QJsonValue(-1) << false;
        QTest::newRow("above") << QJsonValue(101) << false;
        QTest::newRow("huge") << QJsonValue(1e300) << false;
        QTest::newRow("edge") << QJsonValue(100) << true;
        QTest::newRow("zero") << QJsonValue(0) << true;
    }
    void integersAreExactAndInRange()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        FieldErrors errors;
        JsonReader reader(QJsonObject {{"n", value}}, &errors);
        QCOMPARE(reader.integer("n", JsonReader::Required, 0, 100).has_value(), accepted);
        QCOMPARE(reader.ok(), accepted);
    }

    void missingAndNull()
    {
        FieldErrors errors;
        JsonReader reader(QJsonObject {{"opt", QJsonValue::Null}}, &errors);
        QVERIFY(!reader.integer("opt", JsonReader::Optional, 0, 1));
        QVERIFY(reader.ok());
        reader.string("absent");
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("is required"));
    }

    void stringsAreNotSilentlyTruncated()
    {
        FieldErrors errors;
        JsonReader reader(QJsonObject {{"s", QString(300, QLatin1Char('x'))}}, &errors);
        QVERIFY(reader.string("s", JsonReader::Required, 255).isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QStringLiteral("255")));
    }

    void bodyParsing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("object") << QByteArray(R"({"a":1})") << true;
        QTest::newRow("array") << QByteArray("[1,2]") << false;
        QTest::newRow("truncated") << QByteArray(R"({"a":)") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00", 3) << false;
    }
    void bodyParsing()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        FieldErrors errors;
        QCOMPARE(parseJsonObject(body, &errors).has_value(), accepted);
        QCOMPARE(errors.isEmpty(), accepted);
    }

    void wireTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("utc") << "2026-01-31T12:00:00Z" << true;
        QTest::newRow("offset") << "2026-01-31T14:00:00+02:00" << true;
        QTest::newRow("fraction") << "2026-01-31T12:00:00.250Z" << true;
        QTest::newRow("date only") << "2026-01-31" << false;
        QTest::newRow("no zone") << "2026-01-31T12:00:00" << false;
        QTest::newRow("bad month") << "2026-13-31T12:00:00Z" << false;
        QTest::newRow("words") << "tomorrow" << false;
    }
    void wireTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDateTime parsed = fromWireTime(text);
        QCOMPARE(parsed.isValid(), valid);
        if (valid) {
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
            QCOMPARE(fromWireTime(toWireTime(parsed)), parsed.addMSecs(-parsed.time().msec()));
        }
    }

    void offsetsAreNormalisedToUtc()
    {
        QCOMPARE(toWireTime(fromWireTime(QStringLiteral("2026-01-31T14:00:00+02:00"))),
                 QStringLiteral("2026-01-31T12:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "test_jsonreader.moc"
