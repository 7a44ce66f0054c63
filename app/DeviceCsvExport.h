#pragma once

#include <DeviceListQuery.h>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <memory>

namespace lp {

class ApiClient;
class ApiJob;

// Writes a license's devices, as listed with a search, filter and sort, to a CSV file: page by page, so
// that a million devices need no more memory than one page. The file appears only when complete (QSaveFile):
// a cancelled or failed export leaves nothing behind and an existing file untouched.
class DeviceCsvExport : public QObject
{
    Q_OBJECT
public:
    DeviceCsvExport(ApiClient* api, QString licenseId, proto::DeviceListQuery query, QString path,
                    QObject* parent = nullptr);
    ~DeviceCsvExport() override;

    void start();
    void cancel();

    qint64 written() const { return m_written; }

    // One CSV record (RFC 4180 quoting). Text that a spreadsheet would run as a formula (=, +, -, @ first)
    // gets a leading apostrophe: device names come from devices, not from the user.
    static QByteArray csvLine(const QStringList& fields);

signals:
    // total is -1 while unknown (more than 10,000 matches of a search or filter).
    void progress(qint64 written, qint64 total);
    // Exactly once. On failure `message` says why, in words.
    void finished(bool ok, const QString& message);

private:
    void requestPage();
    void onPage(ApiJob* job);
    void finish(bool ok, const QString& message);

    ApiClient* m_api;
    QString m_licenseId;
    proto::DeviceListQuery m_query;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<ApiJob> m_job;
    qint64 m_written = 0;
    qint64 m_total = -1;
    bool m_done = false;
};

} // namespace lp
