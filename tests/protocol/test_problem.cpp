#include "Problem.h"

#include <QJsonArray>
#include <QtTest>

using namespace lp::proto;

class TestProblem : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithFieldErrors()
    {
        Problem problem;
        problem.type = problem::typeUri(problem::kValidation);
        problem.title = QStringLiteral("Invalid request");
        problem.status = 400;
        problem.detail = QStringLiteral("The request body has 1 invalid field.");
        problem.errors = {{QStringLiteral("email"), QStringLiteral("must be a string")}};
        FieldErrors errors;
        const auto parsed = Problem::fromJson(problem.toJson(), &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->type, QStringLiteral("https://licenseportal.example/problems/validation"));
        QCOMPARE(parsed->status, 400);
        QCOMPARE(parsed->detail, problem.detail);
        QCOMPARE(parsed->errors, problem.errors);
    }

    void defaultsAndToleratesJunkErrors()
    {
        FieldErrors errors;
        const auto parsed = Problem::fromJson(
            QJsonObject {{"errors", QJsonArray {1, "x", QJsonObject {{"message", "m"}}}}}, &errors);
        QVERIFY(parsed);
        QCOMPARE(parsed->type, QStringLiteral("about:blank"));
        QCOMPARE(parsed->errors.size(), 1);
        QVERIFY(!Problem::fromJson(QJsonObject {{"status", "teapot"}}, &errors));
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "test_problem.moc"
