/**
 * Staff notices (通知): what the application tells a staff member (a complaint escalated to them, given to them,
 * raised by the network), each kept for one recipient at one dealer until read. Modules publish a
 * {@link shinrai.shared.StaffNotice} in the transaction that made it happen and depend on nothing here; the shell's bell
 * asks {@link shinrai.web.NoticeBell}, which this module answers. The notices page and API list them newest first and
 * mark them read.
 */
@ApplicationModule(allowedDependencies = {"dealer", "web"})
@NullMarked
package shinrai.notice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
