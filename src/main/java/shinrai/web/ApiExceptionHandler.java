package shinrai.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;

/**
 * Every API error as RFC 9457 problem details in the caller's language. Validation failures list each field in
 * {@code errors}; an unexpected exception is logged with an id and answered with that id only, never its message.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;

    ApiExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail businessRule(BusinessRuleViolation violation) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = HttpStatus.valueOf(violation.httpStatus());
        ProblemDetail problem =
                problems.problem(status, violation.messageKey(), locale, translatedArguments(violation));
        if (violation instanceof InvalidInput invalid) {
            ProblemResponses.addErrors(
                    problem,
                    invalid.violations().stream()
                            .map(each -> new ProblemResponses.FieldError(
                                    each.field() == null ? "" : each.field(),
                                    problems.message(each.messageKey(), locale, each.arguments())))
                            .toList());
        } else if (violation.field() != null) {
            ProblemResponses.addErrors(
                    problem, List.of(new ProblemResponses.FieldError(violation.field(), problem.getDetail())));
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException denied) {
        return problems.problem(HttpStatus.FORBIDDEN, "error.forbidden", LocaleContextHolder.getLocale());
    }

    /** A refused password at the token endpoint: say why, as the sign-in page does. */
    @ExceptionHandler
    ProblemDetail unauthenticated(AuthenticationException failure) {
        String key = failure instanceof LockedException
                ? "error.accountLocked"
                : failure instanceof DisabledException
                        ? "error.accountDisabled"
                        : failure instanceof BadCredentialsException ? "error.badCredentials" : "error.unauthenticated";
        return problems.problem(HttpStatus.UNAUTHORIZED, key, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler
    ProblemDetail concurrentEdit(OptimisticLockingFailureException conflict) {
        return problems.problem(HttpStatus.CONFLICT, "error.concurrentEdit", LocaleContextHolder.getLocale());
    }

    /** The database cancelled a statement that ran past its timeout: busy, or asked too much at once. */
    @ExceptionHandler
    ProblemDetail statementTimedOut(QueryTimeoutException timeout) {
        log.warn("A statement ran past its timeout and was cancelled: {}", timeout.getMessage());
        return problems.problem(
                HttpStatus.SERVICE_UNAVAILABLE, "error.statementTimeout", LocaleContextHolder.getLocale());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception exception) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, exception);
        ProblemDetail problem = problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", LocaleContextHolder.getLocale(), errorId);
        problem.setProperty("errorId", errorId);
        return problem;
    }

    /**
     * A body Jackson could not read: name the field it was reading (the path, {@code mobiles[1]}) and say what it
     * wanted there, instead of a bare "request malformed".
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (BodyLimit.exceededBy(unreadable)) {
            return new ResponseEntity<>(
                    problems.problem(HttpStatus.CONTENT_TOO_LARGE, "error.bodyTooLarge", locale, BodyLimit.JSON_KB),
                    HttpStatus.CONTENT_TOO_LARGE);
        }
        UnreadableJson.Refusal refusal = UnreadableJson.explain(unreadable);
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "error.validation", locale);
        ProblemResponses.addErrors(
                problem,
                List.of(new ProblemResponses.FieldError(
                        refusal.field(), problems.message(refusal.messageKey(), locale, refusal.arguments()))));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query or path parameter of the wrong type ({@code ?limit=ten}, {@code /customers/45.9}). */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(mismatch.getPropertyName());
        String key = UnreadableJson.expectedKey(mismatch.getRequiredType());
        return fieldProblem(
                field, problems.message(key, locale, UnreadableJson.expectedArguments(mismatch.getRequiredType())));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return fieldProblem(
                missing.getParameterName(), problems.message("validation.required", LocaleContextHolder.getLocale()));
    }

    /** Constraints on query and path parameters ({@code @Max(1000) int limit}), each under its parameter's name. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "error.validation", locale);
        List<ProblemResponses.FieldError> errors = new java.util.ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new ProblemResponses.FieldError(
                            name == null ? "" : name, problems.message(error, locale))));
        });
        ProblemResponses.addErrors(problem, errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<Object> fieldProblem(String field, String message) {
        ProblemDetail problem =
                problems.problem(HttpStatus.BAD_REQUEST, "error.validation", LocaleContextHolder.getLocale());
        ProblemResponses.addErrors(problem, List.of(new ProblemResponses.FieldError(field, message)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "error.validation", locale);
        ProblemResponses.addErrors(problem, fieldErrors(invalid.getBindingResult(), locale));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring MVC's own failures (bad JSON, wrong method, ...): keep the status, translate the words. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        ProblemDetail problem =
                problems.problem(status, "error.status." + status.value(), LocaleContextHolder.getLocale());
        return new ResponseEntity<>(problem, headers, statusCode);
    }

    private List<ProblemResponses.FieldError> fieldErrors(BindingResult result, Locale locale) {
        return result.getFieldErrors().stream()
                .map(error -> new ProblemResponses.FieldError(error.getField(), problems.message(error, locale)))
                .toList();
    }

    private Object[] translatedArguments(BusinessRuleViolation violation) {
        return violation.arguments();
    }
}
