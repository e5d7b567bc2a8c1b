/** How staff prove who they are: form sign-in, bearer tokens for the API, lock-out after repeated failures. */
@NullMarked
package shinrai.dealer.signin;

import org.jspecify.annotations.NullMarked;
