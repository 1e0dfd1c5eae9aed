import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { ApiProblem } from '../../api/client';
import { sendCommand, type CommandRoute, type DossierView } from '../../api/dossier';
import { CommandDialog } from '../../components/command-dialog';
import { COMMAND_NAMES } from '../../lib/vocabulary';
import { COMMAND_FORMS } from './command-forms';
import { printSlip } from './print';

/** The slip each command produces (what "In phiếu" prints right after it). */
const SLIP_OF: Partial<Record<CommandRoute, string>> = {
  accept: 'receipt',
  'request-completion': 'supplementRequest',
  'request-supplement': 'supplementRequest',
  refuse: 'refusal',
  apology: 'apology',
  stop: 'stopNotice',
};

/** The buttons of the commands the API says the person may send now, each opening its form. */
export function CommandBar({ dossier }: { dossier: DossierView }) {
  const [open, setOpen] = useState<CommandRoute>();
  if (dossier.allowedCommands.length === 0) return null;
  return (
    <>
      <Space wrap aria-label="Thao tác với hồ sơ">
        {dossier.allowedCommands.map((route) => (
          <Button
            key={route}
            onClick={() => setOpen(route)}
            type={route === dossier.allowedCommands[0] ? 'primary' : 'default'}
          >
            {COMMAND_NAMES[route] ?? route}
          </Button>
        ))}
      </Space>
      {open && <CommandModal dossier={dossier} route={open} onClose={() => setOpen(undefined)} />}
    </>
  );
}

function CommandModal({ dossier, route, onClose }: { dossier: DossierView; route: CommandRoute; onClose: () => void }) {
  const client = useQueryClient();
  const { notification } = App.useApp();
  const spec = COMMAND_FORMS[route];
  const send = async (values: Record<string, unknown>, key: string) => {
    await sendCommand(dossier.dossierCode, route, spec.body?.(values, dossier) ?? {}, dossier.version, key);
    // The acknowledgement comes with the page already showing the command's outcome (read-your-writes).
    await client.invalidateQueries({ queryKey: ['dossier', dossier.dossierCode] });
    await client.invalidateQueries({ queryKey: ['queue'] });
    const slip = SLIP_OF[route];
    notification.success({
      title: `${COMMAND_NAMES[route]}: đã ghi nhận`,
      description: slip ? (
        <Button size="small" onClick={() => void printSlip(dossier.dossierCode, slip)}>
          In phiếu
        </Button>
      ) : undefined,
      // Bottom right, where it covers no button; the print button stays a while.
      placement: 'bottomRight',
      duration: slip ? 20 : 4,
    });
  };
  const refetchWhenStale = async (error: unknown) => {
    if (error instanceof ApiProblem && error.code === 'VERSION_CONFLICT') {
      await client.invalidateQueries({ queryKey: ['dossier', dossier.dossierCode] });
    }
  };
  return (
    <CommandDialog
      title={`${COMMAND_NAMES[route]} — ${dossier.dossierCode}`}
      commandName={COMMAND_NAMES[route]}
      confirm={spec.confirm}
      fields={spec.fields?.(dossier)}
      formName={`command-${route}`}
      send={send}
      onRefused={refetchWhenStale}
      onClose={onClose}
    />
  );
}
