/** Messages on files: a fatal one stops that document without throwing. */
import type {VFile} from 'vfile'
import type {Options, VFileMessage} from 'vfile-message'

/** Record a fatal message: the document cannot be exported as it is. */
export function refuse(file: VFile, reason: string, options: Options): VFileMessage {
  const message = file.message(reason, options)
  message.fatal = true
  return message
}

export const isRefused = (file: VFile): boolean => file.messages.some((m) => m.fatal)
