package shinrai.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import shinrai.shared.BusinessRuleViolation;

/**
 * Pages answer a refused or missing record with the shell's error page and the right status. The API has its
 * own handler, consulted first, that answers in problem details.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler
    ModelAndView refused(BusinessRuleViolation violation, HttpServletResponse response) {
        return errorPage(violation.httpStatus(), response);
    }

    @ExceptionHandler
    ModelAndView concurrentEdit(OptimisticLockingFailureException conflict, HttpServletResponse response) {
        return errorPage(409, response);
    }

    /** A statement the database cancelled after its timeout: the page asks to try again later. */
    @ExceptionHandler
    ModelAndView statementTimedOut(QueryTimeoutException timeout, HttpServletResponse response) {
        return errorPage(503, response);
    }

    private static ModelAndView errorPage(int status, HttpServletResponse response) {
        response.setStatus(status);
        return ErrorPages.page(HttpStatus.valueOf(status), null, null, null);
    }
}
