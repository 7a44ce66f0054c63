#pragma once

#include "ApiResponse.h"
#include "ProblemResponse.h"

#include <FieldError.h>
#include <QString>

namespace lp::server {

// Why the checkout refuses a quote, an order or a payment record: an HTTP status, a problem type of
// lp::proto::problem and a sentence for the user (the admin CLI prints just the sentence).
struct CheckoutRefusal
{
    int status = 0;
    const char* type = nullptr;
    QString detail;
    lp::proto::FieldErrors errors;

    ApiResponse toResponse() const { return ProblemResponse::make(status, type, detail, errors); }
};

} // namespace lp::server
